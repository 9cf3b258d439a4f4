import Link from "next/link";
import { EmptyState } from "@/app/_components/ui/card";
import type { DashboardFilters } from "@/lib/data/dashboard";
import { byInstitutionOf, summaryOf, yearsOutstandingOf } from "./data";
import { t } from "@/lib/i18n/messages";
import { ChartFrame } from "./chart-frame";
import { gradeBars, institutionBars, stanceBars, yearsBars, yearsHref } from "./chart-data";
import { SimpleBarChart } from "./simple-bar-chart";
import { SimpleTable } from "./tables";
import { chartTitle } from "./titles";

/** How long the outstanding recommendations (lib/domain/outstanding.ts) have been outstanding. */
export async function YearsOutstanding({ filters }: { filters: DashboardFilters }) {
  const y = await yearsOutstandingOf(filters);
  const bars = yearsBars(y);
  const title = chartTitle("years");
  return (
    <ChartFrame
      testId="chart-years"
      title={title}
      unit={t("dashboard.unit.years")}
      chart={
        y.total ? (
          <SimpleBarChart bars={bars} orientation="columns" />
        ) : (
          <EmptyState title={t("site.dashboard.nothingOutstanding")}>
            {t("site.dashboard.nothingOutstandingHint")}
          </EmptyState>
        )
      }
      table={
        <SimpleTable
          caption={title}
          categoryHeader={t("site.chart.col.outstandingFor")}
          valueHeader={t("site.chart.col.recommendations")}
          bars={bars}
        />
      }
      note={
        y.median === null ? undefined : (
          <>
            {t("dashboard.medianNote", { years: t("dashboard.years", { count: y.median }), count: y.total })}{" "}
            <Link href={yearsHref(filters)} className="no-print text-brand hover:underline">
              {t("dashboard.yearsLink")}
            </Link>
          </>
        )
      }
    />
  );
}

export async function FollowUpGrades({ filters }: { filters: DashboardFilters }) {
  const grades = (await summaryOf(filters)).grades;
  const bars = gradeBars(grades, filters);
  const title = chartTitle("grades");
  return (
    <ChartFrame
      testId="chart-grades"
      title={title}
      unit={t("dashboard.unit.grades")}
      chart={
        grades.some((g) => g.n) ? (
          <SimpleBarChart bars={bars} orientation="rows" categoryWidth={170} />
        ) : (
          <EmptyState title={t("site.chart.noGrades")}>{t("site.chart.noGradesHint")}</EmptyState>
        )
      }
      table={
        <SimpleTable
          caption={title}
          categoryHeader={t("site.chart.col.latestGrade")}
          valueHeader={t("site.chart.col.recommendations")}
          bars={bars}
        />
      }
    />
  );
}

export async function StateResponses({ filters }: { filters: DashboardFilters }) {
  const stances = (await summaryOf(filters)).stances;
  const bars = stanceBars(stances, filters);
  const title = chartTitle("stances");
  return (
    <ChartFrame
      testId="chart-stances"
      title={title}
      unit={t("dashboard.unit.stances")}
      chart={
        stances.some((s) => s.n) ? (
          <SimpleBarChart bars={bars} orientation="rows" categoryWidth={170} />
        ) : (
          <EmptyState title={t("site.chart.noMatch")} />
        )
      }
      table={
        <SimpleTable
          caption={title}
          categoryHeader={t("site.chart.col.latestStance")}
          valueHeader={t("site.chart.col.recommendations")}
          bars={bars}
        />
      }
    />
  );
}

/** Recommendations with an action assigned to each responsible institution (the largest first). */
export async function ByInstitution({ filters }: { filters: DashboardFilters }) {
  const rows = await byInstitutionOf(filters);
  const bars = institutionBars(rows, filters, new Set(rows.map((r) => r.stateCode)).size > 1);
  const title = chartTitle("institutions");
  return (
    <ChartFrame
      testId="chart-institutions"
      title={title}
      unit={t("dashboard.unit.institutions")}
      chart={
        bars.length ? (
          <SimpleBarChart bars={bars} orientation="rows" categoryWidth={190} />
        ) : (
          <EmptyState title={t("dashboard.institutions.empty")}>{t("dashboard.institutions.emptyHint")}</EmptyState>
        )
      }
      table={
        <SimpleTable
          caption={title}
          categoryHeader={t("dashboard.institutions.header")}
          valueHeader={t("dashboard.institutions.value")}
          bars={bars}
        />
      }
    />
  );
}
