import { t } from "../i18n/messages";

type HistoryCounts = { assessments: number; responses: number; grades: number; links: number };

/** "History added from the export: 1 status, 0 state responses, …" — each count with its own plural form. */
export function importHistoryText(h: HistoryCounts, locale?: string): string {
  const part = (key: "assessments" | "responses" | "grades" | "links") =>
    t(`import.history.${key}`, { count: h[key] }, locale);
  return t(
    "import.history.summary",
    { assessments: part("assessments"), responses: part("responses"), grades: part("grades"), links: part("links") },
    locale,
  );
}
