import { EmptyState } from "@/app/_components/ui/card";
import type { DashboardFilters } from "@/lib/data/dashboard";
import { byThemeOf, statusCubeOf, summaryOf } from "./data";
import { t } from "@/lib/i18n/messages";
import { ChartFrame } from "./chart-frame";
import { groupRows, groupTotalHref, statusBars, type GroupFacet } from "./chart-data";
import { STATUS_SERIES } from "./series";
import { SimpleBarChart } from "./simple-bar-chart";
import { StatusStackChart, type StackRow } from "./status-stack-chart";
import { SimpleTable, StatusTable } from "./tables";
import { CHART_TITLES } from "./titles";

const UNIT = "recommendations";
const noMatch = (
  <EmptyState title="No recommendations match these filters">Widen the year range or clear a filter.</EmptyState>
);

export async function StatusDistribution({ filters }: { filters: DashboardFilters }) {
  const s = await summaryOf(filters);
  const bars = statusBars(s, filters);
  const title = CHART_TITLES.status;
  return (
    <ChartFrame
      testId="chart-status"
      title={title}
      unit={t("dashboard.unit.currentStatus")}
      chart={
        s.total ? <SimpleBarChart bars={bars} orientation="rows" categoryWidth={150} valueLabel={UNIT} /> : noMatch
      }
      table={<SimpleTable caption={title} categoryHeader="Current status" valueHeader="Recommendations" bars={bars} />}
    />
  );
}

function table(title: string, header: string, rows: StackRow[], filters: DashboardFilters, facet: GroupFacet) {
  return (
    <StatusTable
      caption={title}
      groupHeader={header}
      rows={rows}
      series={STATUS_SERIES}
      totalHref={(r) => groupTotalHref(filters, facet, r.key)}
    />
  );
}

export async function StatusByBody({ filters }: { filters: DashboardFilters }) {
  const rows = groupRows((await statusCubeOf(filters)).byBody, filters, "body");
  const title = CHART_TITLES.body;
  return (
    <ChartFrame
      testId="chart-body"
      title={title}
      unit={t("dashboard.unit.byGroup")}
      chart={
        rows.length ? (
          <StatusStackChart rows={rows} series={STATUS_SERIES} orientation="rows" valueLabel={UNIT} />
        ) : (
          noMatch
        )
      }
      table={table(title, "Body", rows, filters, "body")}
    />
  );
}

export async function StatusByTheme({ filters }: { filters: DashboardFilters }) {
  const rows = groupRows(await byThemeOf(filters), filters, "theme");
  const title = CHART_TITLES.theme;
  return (
    <ChartFrame
      testId="chart-theme"
      title={title}
      unit={t("dashboard.unit.byTheme")}
      chart={
        rows.length ? (
          <StatusStackChart
            rows={rows}
            series={STATUS_SERIES}
            orientation="rows"
            categoryWidth={130}
            valueLabel={UNIT}
          />
        ) : (
          <EmptyState title="No themes tagged">Tag recommendations with themes to see them here.</EmptyState>
        )
      }
      table={table(title, "Theme", rows, filters, "theme")}
    />
  );
}

/** Shares per year, so a year with many recommendations does not hide how the picture changed. */
export async function StatusByYear({ filters }: { filters: DashboardFilters }) {
  const groups = (await statusCubeOf(filters)).byYear;
  const rows = groupRows(groups, filters, "year");
  const withoutYear = (await summaryOf(filters)).total - groups.reduce((a, g) => a + g.total, 0);
  const title = CHART_TITLES.year;
  return (
    <ChartFrame
      testId="chart-year"
      title={title}
      unit={t("dashboard.unit.byYear")}
      chart={
        rows.length ? (
          <StatusStackChart rows={rows} series={STATUS_SERIES} orientation="columns" share valueLabel={UNIT} />
        ) : (
          noMatch
        )
      }
      table={table(title, "Year", rows, filters, "year")}
      note={withoutYear > 0 ? t("dashboard.noYear", { count: withoutYear }) : undefined}
    />
  );
}
