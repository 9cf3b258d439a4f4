import { t } from "@/lib/i18n/messages";

/** Chart titles, shared by each chart and its loading skeleton. */
export const CHART_TITLES = {
  status: "Where recommendations stand",
  body: "Status by body",
  year: "How the status picture changed, by year of issue",
  years: "How long outstanding recommendations have waited",
  theme: "Status by theme (top ten)",
  stances: "State responses, by latest stance",
  grades: "Follow-up grades (A–E)",
  institutions: t("dashboard.chart.institutions"),
} as const;
export type DashboardChart = keyof typeof CHART_TITLES;
