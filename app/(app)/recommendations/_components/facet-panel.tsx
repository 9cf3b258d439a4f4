import Link from "next/link";
import type { Route } from "next";
import { listPath } from "@/app/(app)/_components/dashboard/links";
import type { FacetCounts, FacetValue } from "@/lib/search/types";
import { filtersToQueryString, toggleFacetValue, type MultiFacet, type SearchFilters } from "@/lib/search/filters";
import { formatNumber } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import { notAssessedLabel, STANCE_LABELS, STATUS_LABELS, GRADE_LABELS } from "@/lib/labels";

const FACET_TITLE_KEYS = {
  state: "work.facet.state",
  body: "work.facet.body",
  cycle: "work.facet.cycle",
  status: "work.facet.status",
  stance: "work.facet.stance",
  grade: "work.facet.grade",
  theme: "work.facet.theme",
  affected: "work.facet.affected",
  sdg: "work.facet.sdg",
  institution: "filters.institution",
} as const satisfies Record<MultiFacet, string>;

/** A facet's title, read in the request's language when it is shown (not once, at module load). */
function facetTitle(facet: MultiFacet): string {
  return t(FACET_TITLE_KEYS[facet]);
}

function valueLabel(facet: MultiFacet, v: FacetValue<string | number>): string {
  if (facet === "status")
    return v.value === "none" ? notAssessedLabel() : (STATUS_LABELS[v.value as keyof typeof STATUS_LABELS] ?? v.label);
  if (facet === "stance")
    return v.value === "none"
      ? t("work.facet.noResponse")
      : (STANCE_LABELS[v.value as keyof typeof STANCE_LABELS] ?? v.label);
  if (facet === "grade")
    return v.value === "none"
      ? t("work.facet.notGraded")
      : t("work.facet.gradeValue", {
          grade: String(v.value),
          label: GRADE_LABELS[v.value as keyof typeof GRADE_LABELS],
        });
  if ((facet === "body" || facet === "state") && v.label !== String(v.value))
    return t("work.facet.withCode", { name: v.label, code: String(v.value) });
  return v.label;
}

function FacetGroup<K extends MultiFacet>({
  facet,
  values,
  filters,
  open,
}: {
  facet: K;
  /** The facet's own values, so each one goes back to toggleFacetValue with its facet's type. */
  values: FacetValue<SearchFilters[K][number]>[];
  filters: SearchFilters;
  open: boolean;
}) {
  const chosen = filters[facet] as (string | number)[];
  if (values.length === 0 && chosen.length === 0) return null;
  const shown = values.slice(0, 12);
  return (
    <details open={open || chosen.length > 0} className="border-b border-slate-100 py-2">
      <summary className="cursor-pointer py-1 text-sm font-semibold text-slate-800">{facetTitle(facet)}</summary>
      <ul className="mt-1 space-y-0.5" data-testid={`facet-${facet}`}>
        {shown.map((v) => {
          const active = chosen.includes(v.value);
          const href: Route = `${listPath(filters)}${filtersToQueryString(toggleFacetValue(filters, facet, v.value))}`;
          return (
            <li key={String(v.value)}>
              <Link
                href={href}
                aria-current={active ? "true" : undefined}
                className={`flex items-center justify-between gap-2 rounded px-2 py-1 text-sm ${active ? "bg-brand-soft font-medium text-brand" : "text-slate-700 hover:bg-slate-50"}`}
              >
                <span className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className={`inline-block h-3.5 w-3.5 shrink-0 rounded border ${active ? "border-brand bg-brand" : "border-slate-400"}`}
                  />
                  {facet === "status" && (
                    <span
                      aria-hidden="true"
                      className="inline-block h-2.5 w-2.5 shrink-0 rounded-full"
                      style={{ background: `var(--status-${v.value})` }}
                    />
                  )}
                  {valueLabel(facet, v)}
                </span>
                <span className="tabular-nums text-xs text-slate-500">{formatNumber(v.count)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function Flag({
  name,
  label,
  count,
  filters,
}: {
  name: "reiterated" | "overdue" | "noresponse" | "outstanding";
  label: string;
  count: number;
  filters: SearchFilters;
}) {
  const on = filters[name];
  const href: Route = `${listPath(filters)}${filtersToQueryString({ ...filters, [name]: !on, page: 1 })}`;
  return (
    <Link
      href={href}
      aria-current={on ? "true" : undefined}
      data-testid={`flag-${name}`}
      className={`flex items-center justify-between gap-2 rounded px-2 py-1 text-sm ${on ? "bg-brand-soft font-medium text-brand" : "text-slate-700 hover:bg-slate-50"}`}
    >
      <span className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className={`inline-block h-3.5 w-3.5 shrink-0 rounded border ${on ? "border-brand bg-brand" : "border-slate-400"}`}
        />
        {label}
      </span>
      <span className="tabular-nums text-xs text-slate-500">{formatNumber(count)}</span>
    </Link>
  );
}

/** Facets as plain links: each one toggles a value in the URL, so every view can be shared and works without scripts. */
export function FacetPanel({ counts, filters }: { counts: FacetCounts; filters: SearchFilters }) {
  return (
    <nav aria-label={t("work.facet.filters")} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <div className="border-b border-slate-100 pb-2">
        <Flag name="outstanding" label={t("work.flag.outstanding")} count={counts.outstanding} filters={filters} />
        <Flag name="reiterated" label={t("work.flag.reiterated")} count={counts.reiterated} filters={filters} />
        <Flag name="overdue" label={t("work.flag.overdue")} count={counts.overdue} filters={filters} />
        <Flag name="noresponse" label={t("work.flag.noresponse")} count={counts.noresponse} filters={filters} />
      </div>
      <FacetGroup facet="status" values={counts.status} filters={filters} open />
      <FacetGroup facet="state" values={counts.state} filters={filters} open />
      <FacetGroup facet="body" values={counts.body} filters={filters} open />
      <FacetGroup facet="stance" values={counts.stance} filters={filters} open={false} />
      <FacetGroup facet="grade" values={counts.grade} filters={filters} open={false} />
      <FacetGroup facet="cycle" values={counts.cycle} filters={filters} open={false} />
      <FacetGroup facet="theme" values={counts.theme} filters={filters} open={false} />
      <FacetGroup facet="affected" values={counts.affected} filters={filters} open={false} />
      <FacetGroup facet="sdg" values={counts.sdg} filters={filters} open={false} />
      <FacetGroup facet="institution" values={counts.institution} filters={filters} open={false} />
    </nav>
  );
}

export { facetTitle, valueLabel };
