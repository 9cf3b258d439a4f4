/**
 * The columns of the recommendations export, in order, with their English headers.
 * The headers live in one table (TRACKER_CSV_HEADERS) so a Russian catalogue can
 * replace them, and so the tracker's own CSV importer can read back what we write
 * (round trip). lib/import/tracker-csv-columns.ts did not exist when this was written:
 * this file is the source of that header list until the importer takes it over.
 */
import type { Stance, Status } from "../../db/schema/enums";
import { STANCE_LABELS, STATUS_LABELS } from "../labels";
import { formatRef, joinList } from "./cells";
import type { ExportRow } from "./types";

export const TRACKER_CSV_COLUMN_KEYS = [
  "id",
  "symbol",
  "paragraph",
  "body",
  "stateCode",
  "stateName",
  "cycle",
  "date",
  "text",
  "themes",
  "affectedPersons",
  "sdgs",
  "currentStatus",
  "statusDate",
  "latestStance",
  "stanceDate",
  "stanceQuote",
  "latestGrade",
  "latestGradeAsWritten",
  "reiterates",
  "reiteratedBy",
  "outstandingSince",
  "url",
] as const;
export type ColumnKey = (typeof TRACKER_CSV_COLUMN_KEYS)[number];

export const TRACKER_CSV_HEADERS: Record<ColumnKey, string> = {
  id: "ID",
  symbol: "Document symbol",
  paragraph: "Paragraph",
  body: "Body",
  stateCode: "State code",
  stateName: "State",
  cycle: "Cycle",
  date: "Date",
  text: "Recommendation text",
  themes: "Themes",
  affectedPersons: "Affected persons",
  sdgs: "SDG targets",
  currentStatus: "Current status",
  statusDate: "Status date",
  latestStance: "Latest state response",
  stanceDate: "Response date",
  stanceQuote: "Response quote",
  latestGrade: "Follow-up grade",
  latestGradeAsWritten: "Follow-up grade (as written)",
  reiterates: "Reiterates",
  reiteratedBy: "Reiterated by",
  outstandingSince: "Outstanding since",
  url: "Link",
};

/** Everything a translated export swaps: headers and the labels of stored vocabulary keys. */
export type ExportLabels = {
  headers: Record<ColumnKey, string>;
  status: Record<Status, string>;
  stance: Record<Stance, string>;
  locale: string;
};

export const EN_EXPORT_LABELS: ExportLabels = { headers: TRACKER_CSV_HEADERS, status: STATUS_LABELS, stance: STANCE_LABELS, locale: "en-GB" };

/** How a column is typed in a spreadsheet: dates become real dates when complete, long text wraps. */
export type ColumnKind = "text" | "longText" | "date" | "number" | "link";

export type ExportColumn = {
  key: ColumnKey;
  kind: ColumnKind;
  /** XLSX width in characters. */
  width: number;
  value: (row: ExportRow, labels: ExportLabels) => string | number | null;
};

const refs = (list: ExportRow["reiterates"], labels: ExportLabels) => joinList(list.map((r) => formatRef(r, labels.locale)));

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
  reiterates: { kind: "text", width: 26, value: (r, l) => refs(r.reiterates, l) },
  reiteratedBy: { kind: "text", width: 26, value: (r, l) => refs(r.reiteratedBy, l) },
  outstandingSince: { kind: "number", width: 11, value: (r) => r.outstandingSince },
  url: { kind: "link", width: 30, value: (r) => r.url },
};

export const EXPORT_COLUMNS: readonly ExportColumn[] = TRACKER_CSV_COLUMN_KEYS.map((key) => ({ key, ...SPEC[key] }));
