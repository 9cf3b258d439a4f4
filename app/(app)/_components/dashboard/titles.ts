import { t } from "@/lib/i18n/messages";

/** Chart titles, shared by each chart and its loading skeleton; read at render, in the reader's language. */
const CHART_TITLE_KEYS = {
  status: "site.chart.title.status",
  body: "site.chart.title.body",
  year: "site.chart.title.year",
  years: "site.chart.title.years",
  theme: "site.chart.title.theme",
  stances: "site.chart.title.stances",
  grades: "site.chart.title.grades",
  institutions: "dashboard.chart.institutions",
} as const;
export type DashboardChart = keyof typeof CHART_TITLE_KEYS;

export function chartTitle(chart: DashboardChart): string {
  return t(CHART_TITLE_KEYS[chart]);
}
