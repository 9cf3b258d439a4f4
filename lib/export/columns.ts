/**
 * How each column of the recommendations export gets its value and spreadsheet type.
 * The order and English headers come from lib/import/tracker-csv-columns.ts, shared
 * with the tracker's CSV importer so an exported file always reads back (round trip);
 * ExportLabels lets a Russian catalogue replace headers and vocabulary labels.
 */
import type { Stance, Status } from "../../db/schema/enums";
import { STANCE_LABELS, STATUS_LABELS } from "../labels";
import { TRACKER_CSV_COLUMN_KEYS, TRACKER_CSV_HEADERS, type TrackerColumnKey } from "../import/tracker-csv-columns";
import { formatRef, joinList } from "./cells";
import type { ExportRow } from "./types";

export { TRACKER_CSV_COLUMN_KEYS, TRACKER_CSV_HEADERS };
export type ColumnKey = TrackerColumnKey;

/** Everything a translated export swaps: headers and the labels of stored vocabulary keys. */
export type ExportLabels = {
  headers: Record<ColumnKey, string>;
  status: Record<Status, string>;
  stance: Record<Stance, string>;
  locale: string;
};

export const EN_EXPORT_LABELS: ExportLabels = {
  headers: TRACKER_CSV_HEADERS,
  status: STATUS_LABELS,
  stance: STANCE_LABELS,
  locale: "en-GB",
};

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
  cycle: { kind: "text", width: 9, value: (r) => r.cycle },
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
};

export const EXPORT_COLUMNS: readonly ExportColumn[] = TRACKER_CSV_COLUMN_KEYS.map((key) => ({ key, ...SPEC[key] }));
