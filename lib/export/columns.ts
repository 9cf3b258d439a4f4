/**
 * How each column of the recommendations export gets its value and spreadsheet type.
 * The order and English headers come from lib/tracker-csv/columns.ts, shared
 * with the tracker's CSV importer so an exported file always reads back (round trip);
 * ExportLabels gives a file its reader's headers and vocabulary labels (exportLabels).
 */
import { STANCES, STATUSES, UPR_POSITIONS, type Stance, type Status, type UprPosition } from "../../db/schema/enums";
import { formatMessage } from "../i18n/catalogue";
import { INTL_LOCALES, localeOf } from "../i18n/locales";
import { vocabularyLabel } from "../labels";
import { TRACKER_CSV_COLUMN_KEYS, TRACKER_CSV_HEADERS, type TrackerColumnKey } from "../tracker-csv/columns";
import { trackerHeader, uprSessionOfCycle } from "../tracker-csv/vocabulary";
import { formatRef, joinList } from "./cells";
import type { ExportRow } from "./types";

export { TRACKER_CSV_COLUMN_KEYS, TRACKER_CSV_HEADERS };
export type ColumnKey = TrackerColumnKey;

/** Everything a translated export swaps: headers and the labels of stored vocabulary keys. */
export type ExportLabels = {
  headers: Record<ColumnKey, string>;
  status: Record<Status, string>;
  stance: Record<Stance, string>;
  uprPosition: Record<UprPosition, string>;
  locale: string;
};

const cache = new Map<string, ExportLabels>();

/**
 * A file's words in one language ("ru", "ru-RU", "en-GB"): headers from the catalogue
 * (files.columns.*; English is exactly TRACKER_CSV_HEADERS, which users' scripts read) and
 * labels fixed to that language, whatever the request around the writer speaks.
 */
export function exportLabels(locale: string): ExportLabels {
  const language = localeOf(locale) ?? "en";
  const intlLocale = locale.includes("-") && localeOf(locale) ? locale : INTL_LOCALES[language];
  let labels = cache.get(intlLocale);
  if (!labels) {
    const fixed = <K extends string>(vocabulary: "status" | "stance" | "uprPosition", keys: readonly K[]) =>
      Object.fromEntries(keys.map((k) => [k, vocabularyLabel(vocabulary, k, language)])) as Record<K, string>;
    labels = {
      headers: Object.fromEntries(TRACKER_CSV_COLUMN_KEYS.map((k) => [k, trackerHeader(k, language)])) as Record<
        ColumnKey,
        string
      >,
      status: fixed("status", STATUSES),
      stance: fixed("stance", STANCES),
      uprPosition: fixed("uprPosition", UPR_POSITIONS),
      locale: intlLocale,
    };
    cache.set(intlLocale, labels);
  }
  return labels;
}

export const EN_EXPORT_LABELS: ExportLabels = exportLabels("en");

/**
 * The cycle cell in the file's language: a UPR session ("UPR session 20", «Сессия УПО 20»)
 * is written with the file's own words, whatever language the row was read in.
 */
const sessionCells = new Map<string, string | null>();
function cycleCell(cycle: string | null, labels: ExportLabels): string | number | null {
  if (!cycle) return cycle;
  // A treaty-body cycle's ordinal is a number: a number cell in Excel, the same digits in CSV.
  if (/^\d+$/.test(cycle)) return Number(cycle);
  const key = `${labels.locale}|${cycle}`;
  let cell = sessionCells.get(key);
  if (cell === undefined) {
    const session = uprSessionOfCycle(cycle);
    cell = session ? formatMessage("cycle.uprSession", { session }, labels.locale) : cycle;
    if (sessionCells.size < 10_000) sessionCells.set(key, cell);
  }
  return cell;
}

/** How a column is typed in a spreadsheet: dates become real dates when complete, long text wraps. */
export type ColumnKind = "text" | "longText" | "date" | "number" | "link";

export type ExportColumn = {
  key: ColumnKey;
  kind: ColumnKind;
  /** XLSX width in characters. */
  width: number;
  value: (row: ExportRow, labels: ExportLabels) => string | number | null;
};

const refs = (list: ExportRow["reiterates"], labels: ExportLabels) =>
  joinList(list.map((r) => formatRef(r, labels.locale)).filter(Boolean));

const SPEC: Record<ColumnKey, Omit<ExportColumn, "key">> = {
  id: { kind: "number", width: 8, value: (r) => r.id },
  symbol: { kind: "text", width: 20, value: (r) => r.symbol },
  paragraph: { kind: "text", width: 10, value: (r) => r.paragraph },
  body: { kind: "text", width: 9, value: (r) => r.bodyCode },
  stateCode: { kind: "text", width: 7, value: (r) => r.stateCode },
  stateName: { kind: "text", width: 16, value: (r) => r.stateName },
  cycle: { kind: "text", width: 9, value: (r, l) => cycleCell(r.cycle, l) },
  date: { kind: "date", width: 12, value: (r) => r.date },
  text: { kind: "longText", width: 70, value: (r) => r.text },
  themes: { kind: "text", width: 28, value: (r) => joinList(r.themes) },
  affectedPersons: { kind: "text", width: 22, value: (r) => joinList(r.affectedPersons) },
  sdgs: { kind: "text", width: 14, value: (r) => joinList(r.sdgs) },
  currentStatus: { kind: "text", width: 20, value: (r, l) => (r.currentStatus ? l.status[r.currentStatus] : null) },
  statusDate: { kind: "date", width: 12, value: (r) => r.statusDate },
  latestStance: { kind: "text", width: 22, value: (r, l) => (r.latestStance ? l.stance[r.latestStance] : null) },
  stanceDate: { kind: "date", width: 12, value: (r) => r.stanceDate },
  stanceQuote: { kind: "longText", width: 45, value: (r) => r.stanceQuote },
  latestGrade: { kind: "text", width: 9, value: (r) => r.latestGrade },
  latestGradeAsWritten: { kind: "text", width: 11, value: (r) => r.latestGradeAsWritten },
  gradeDate: { kind: "date", width: 12, value: (r) => r.gradeDate },
  reiterates: { kind: "text", width: 26, value: (r, l) => refs(r.reiterates, l) },
  reiteratedBy: { kind: "text", width: 26, value: (r, l) => refs(r.reiteratedBy, l) },
  outstandingSince: { kind: "number", width: 11, value: (r) => r.outstandingSince },
  responsibleInstitutions: { kind: "text", width: 30, value: (r) => joinList(r.responsibleInstitutions ?? []) },
  url: { kind: "link", width: 30, value: (r) => r.url },
  subject: { kind: "text", width: 30, value: (r) => r.subject ?? null },
  uprPosition: { kind: "text", width: 16, value: (r, l) => (r.uprPosition ? l.uprPosition[r.uprPosition] : null) },
  uprPositionAsWritten: { kind: "text", width: 16, value: (r) => r.uprPositionAsWritten ?? null },
  recommendingStates: { kind: "text", width: 30, value: (r) => joinList(r.recommendingStates ?? []) },
  uprActionCategory: { kind: "number", width: 10, value: (r) => r.uprActionCategory ?? null },
};

export const EXPORT_COLUMNS: readonly ExportColumn[] = TRACKER_CSV_COLUMN_KEYS.map((key) => ({ key, ...SPEC[key] }));
