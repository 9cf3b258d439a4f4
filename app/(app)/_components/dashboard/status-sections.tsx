import { EmptyState } from "@/app/_components/ui/card";
import type { DashboardFilters } from "@/lib/data/dashboard";
import { byThemeOf, statusCubeOf, summaryOf } from "./data";
import { t } from "@/lib/i18n/messages";
import { ChartFrame } from "./chart-frame";
import { groupRows, groupTotalHref, statusBars, type GroupFacet } from "./chart-data";
import { statusSeries } from "./series";
import { SimpleBarChart } from "./simple-bar-chart";
import { StatusStackChart, type StackRow } from "./status-stack-chart";
import { SimpleTable, StatusTable } from "./tables";
import { chartTitle } from "./titles";

const noMatch = () => <EmptyState title={t("site.chart.noMatch")}>{t("site.chart.noMatchHint")}</EmptyState>;

export async function StatusDistribution({ filters }: { filters: DashboardFilters }) {
  const s = await summaryOf(filters);
  const bars = statusBars(s, filters);
  const title = chartTitle("status");
  return (
    <ChartFrame
      testId="chart-status"
      title={title}
      unit={t("dashboard.unit.currentStatus")}
      chart={s.total ? <SimpleBarChart bars={bars} orientation="rows" categoryWidth={150} /> : noMatch()}
      table={
        <SimpleTable
          caption={title}
          categoryHeader={t("site.chart.col.currentStatus")}
          valueHeader={t("site.chart.col.recommendations")}
          bars={bars}
        />
      }
    />
  );
}

function table(title: string, header: string, rows: StackRow[], filters: DashboardFilters, facet: GroupFacet) {
  return (
    <StatusTable
      caption={title}
      groupHeader={header}
      rows={rows}
      series={statusSeries()}
      totalHref={(r) => groupTotalHref(filters, facet, r.key)}
    />
  );
}

export async function StatusByBody({ filters }: { filters: DashboardFilters }) {
  const rows = groupRows((await statusCubeOf(filters)).byBody, filters, "body");
  const title = chartTitle("body");
  return (
    <ChartFrame
      testId="chart-body"
      title={title}
      unit={t("dashboard.unit.byGroup")}
      chart={rows.length ? <StatusStackChart rows={rows} series={statusSeries()} orientation="rows" /> : noMatch()}
      table={table(title, t("site.chart.col.body"), rows, filters, "body")}
    />
  );
}

export async function StatusByTheme({ filters }: { filters: DashboardFilters }) {
  const rows = groupRows(await byThemeOf(filters), filters, "theme");
  const title = chartTitle("theme");
  return (
    <ChartFrame
      testId="chart-theme"
      title={title}
      unit={t("dashboard.unit.byTheme")}
      chart={
        rows.length ? (
          <StatusStackChart rows={rows} series={statusSeries()} orientation="rows" categoryWidth={130} />
        ) : (
          <EmptyState title={t("site.chart.noThemes")}>{t("site.chart.noThemesHint")}</EmptyState>
        )
      }
      table={table(title, t("site.chart.col.theme"), rows, filters, "theme")}
    />
  );
}

/** Shares per year, so a year with many recommendations does not hide how the picture changed. */
export async function StatusByYear({ filters }: { filters: DashboardFilters }) {
  const groups = (await statusCubeOf(filters)).byYear;
  const rows = groupRows(groups, filters, "year");
  const withoutYear = (await summaryOf(filters)).total - groups.reduce((a, g) => a + g.total, 0);
  const title = chartTitle("year");
  return (
    <ChartFrame
      testId="chart-year"
      title={title}
      unit={t("dashboard.unit.byYear")}
      chart={
        rows.length ? <StatusStackChart rows={rows} series={statusSeries()} orientation="columns" share /> : noMatch()
      }
      table={table(title, t("site.chart.col.year"), rows, filters, "year")}
      note={withoutYear > 0 ? t("dashboard.noYear", { count: withoutYear }) : undefined}
    />
  );
}
