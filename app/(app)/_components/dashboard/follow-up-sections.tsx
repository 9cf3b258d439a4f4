import Link from "next/link";
import { EmptyState } from "@/app/_components/ui/card";
import type { DashboardFilters } from "@/lib/data/dashboard";
import { byInstitutionOf, summaryOf, yearsOutstandingOf } from "./data";
import { t } from "@/lib/i18n/messages";
import { ChartFrame } from "./chart-frame";
import { gradeBars, institutionBars, stanceBars, yearsBars, yearsHref } from "./chart-data";
import { SimpleBarChart } from "./simple-bar-chart";
import { SimpleTable } from "./tables";
import { CHART_TITLES } from "./titles";

const UNIT = "recommendations";

/** How long the outstanding recommendations (lib/domain/outstanding.ts) have been outstanding. */
export async function YearsOutstanding({ filters }: { filters: DashboardFilters }) {
  const y = await yearsOutstandingOf(filters);
  const bars = yearsBars(y);
  const title = CHART_TITLES.years;
  return (
    <ChartFrame
      testId="chart-years"
      title={title}
      unit={t("dashboard.unit.years")}
      chart={
        y.total ? (
          <SimpleBarChart bars={bars} orientation="columns" valueLabel={UNIT} />
        ) : (
          <EmptyState title="Nothing outstanding">
            No recommendation here is assessed as not implemented, partially implemented or regressed, nor reiterated by
            a later recommendation while not assessed yet.
          </EmptyState>
        )
      }
      table={<SimpleTable caption={title} categoryHeader="Outstanding for" valueHeader="Recommendations" bars={bars} />}
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
  const title = CHART_TITLES.grades;
  return (
    <ChartFrame
      testId="chart-grades"
      title={title}
      unit={t("dashboard.unit.grades")}
      chart={
        grades.some((g) => g.n) ? (
          <SimpleBarChart bars={bars} orientation="rows" categoryWidth={170} valueLabel={UNIT} />
        ) : (
          <EmptyState title="No follow-up grades recorded">
            Grades appear once a treaty body has assessed a state&apos;s follow-up reply.
          </EmptyState>
        )
      }
      table={<SimpleTable caption={title} categoryHeader="Latest grade" valueHeader="Recommendations" bars={bars} />}
    />
  );
}

export async function StateResponses({ filters }: { filters: DashboardFilters }) {
  const stances = (await summaryOf(filters)).stances;
  const bars = stanceBars(stances, filters);
  const title = CHART_TITLES.stances;
  return (
    <ChartFrame
      testId="chart-stances"
      title={title}
      unit={t("dashboard.unit.stances")}
      chart={
        stances.some((s) => s.n) ? (
          <SimpleBarChart bars={bars} orientation="rows" categoryWidth={170} valueLabel={UNIT} />
        ) : (
          <EmptyState title="No recommendations match these filters" />
        )
      }
      table={<SimpleTable caption={title} categoryHeader="Latest stance" valueHeader="Recommendations" bars={bars} />}
    />
  );
}

/** Recommendations with an action assigned to each responsible institution (the largest first). */
export async function ByInstitution({ filters }: { filters: DashboardFilters }) {
  const rows = await byInstitutionOf(filters);
  const bars = institutionBars(rows, filters, new Set(rows.map((r) => r.stateCode)).size > 1);
  const title = CHART_TITLES.institutions;
  return (
    <ChartFrame
      testId="chart-institutions"
      title={title}
      unit={t("dashboard.unit.institutions")}
      chart={
        bars.length ? (
          <SimpleBarChart bars={bars} orientation="rows" categoryWidth={190} valueLabel={UNIT} />
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
