import type { Route } from "next";
import { RESPONDED_STANCES } from "@/lib/domain/predicates";
import type { StatusKey } from "@/lib/domain/status-counts";
import {
  type DashboardFilters,
  type GradeCount,
  type InstitutionCount,
  type StanceCount,
  type StatusGroup,
  type Summary,
  type YearsOutstanding,
} from "@/lib/data/dashboard";
import { t } from "@/lib/i18n/messages";
import { bodyName } from "@/lib/i18n/place-names";
import { GRADE_LABELS, STANCE_LABELS, STATUS_ORDER, statusLabel } from "@/lib/labels";
import { BRAND_COLORS, STATUS_COLORS } from "@/lib/status-colors";
import { listHref } from "./links";
import { toStackRows } from "./series";
import type { SimpleBar } from "./simple-bar-chart";
import type { StackRow } from "./status-stack-chart";

/*
 * Aggregates → chart data with, for every bar and segment, the link to the
 * list of exactly those recommendations. Pure, so tests can follow every link
 * and compare its list count with the bar (tests/dashboard/links.test.ts).
 */

export function statusBars(s: Summary, f: DashboardFilters): SimpleBar[] {
  return STATUS_ORDER.map((k: StatusKey) => ({
    key: k,
    label: statusLabel(k),
    n: s.counts[k],
    color: STATUS_COLORS[k],
    href: listHref(f, { status: [k] }),
    name: t("dashboard.segment", { label: statusLabel(k), count: s.counts[k] }),
  }));
}

export type KpiLinks = { total: Route; responded: Route; reiterated: Route; outstanding: Route; overdue: Route };

export function kpiLinks(f: DashboardFilters): KpiLinks {
  return {
    total: listHref(f),
    responded: listHref(f, { stance: [...RESPONDED_STANCES] }),
    reiterated: listHref(f, { reiterated: true }),
    outstanding: listHref(f, { outstanding: true, sort: "outstanding" }),
    overdue: listHref(f, { overdue: true }),
  };
}

export type GroupFacet = "body" | "theme" | "year";

/** The list facets that pick one group of a grouped chart. */
function groupFacets(facet: GroupFacet, key: string) {
  if (facet === "year") return { from: Number(key), to: Number(key) };
  return { [facet]: [key] };
}

export function groupRows(groups: StatusGroup[], f: DashboardFilters, facet: GroupFacet): StackRow[] {
  const rows = toStackRows(groups, (g, k) => listHref(f, { ...groupFacets(facet, g.key), status: [k] }));
  // Bodies go by their code on the axis (CCPR), by code and name in the table.
  if (facet === "body")
    return rows.map((r) => ({
      ...r,
      label: r.key,
      fullLabel: t("dashboard.bodyLabel", { code: r.key, name: bodyName(r.key, r.label) }),
    }));
  return rows;
}

export function groupTotalHref(f: DashboardFilters, facet: GroupFacet, key: string): Route {
  return listHref(f, groupFacets(facet, key));
}

/**
 * The list has no filter on "outstanding since", so a bar cannot link to
 * exactly its recommendations; the chart links once to all of them instead
 * (sorted longest outstanding first) and the bars carry no link.
 */
export function yearsBars(y: YearsOutstanding): SimpleBar[] {
  return y.buckets.map((b) => {
    const label =
      b.to === null
        ? t("dashboard.yearsOpenShort", { from: b.from })
        : t("dashboard.yearsRangeShort", { from: b.from, to: b.to });
    const fullLabel =
      b.to === null
        ? t("dashboard.yearsOpen", { from: b.from })
        : t("dashboard.yearsRange", { from: b.from, to: b.to });
    return {
      key: String(b.from),
      label,
      fullLabel,
      n: b.n,
      color: BRAND_COLORS.brand,
      name: t("dashboard.segment", { label: fullLabel, count: b.n }),
    };
  });
}

export function yearsHref(f: DashboardFilters): Route {
  return listHref(f, { outstanding: true, sort: "outstanding" });
}

export function gradeBars(grades: GradeCount[], f: DashboardFilters): SimpleBar[] {
  return grades.map((g) => {
    const label = t("dashboard.gradeLabel", { grade: g.grade, label: GRADE_LABELS[g.grade] });
    return {
      key: g.grade,
      label,
      n: g.n,
      color: BRAND_COLORS.brand,
      href: listHref(f, { grade: [g.grade] }),
      name: t("dashboard.segment", { label, count: g.n }),
    };
  });
}

export function stanceBars(stances: StanceCount[], f: DashboardFilters): SimpleBar[] {
  return stances.map((s) => {
    const label = s.stance === "none" ? t("site.chart.nothingRecorded") : STANCE_LABELS[s.stance];
    return {
      key: s.stance,
      label,
      n: s.n,
      color: BRAND_COLORS.brand,
      href: listHref(f, { stance: [s.stance] }),
      name: t("dashboard.segment", { label, count: s.n }),
    };
  });
}

/** One bar per responsible institution, each linking to the list filtered by it. */
export function institutionBars(rows: InstitutionCount[], f: DashboardFilters, severalStates: boolean): SimpleBar[] {
  return rows.map((r) => {
    const label = severalStates ? t("dashboard.institutions.label", { name: r.name, state: r.stateCode }) : r.name;
    return {
      key: String(r.id),
      label,
      n: r.n,
      color: BRAND_COLORS.brand,
      href: listHref(f, { institution: [r.id] }),
      name: t("dashboard.segment", { label, count: r.n }),
    };
  });
}
