/**
 * The tracker's own CSV (or XLSX) export read back: every column of
 * lib/tracker-csv/columns.ts. Labels are turned back into stored keys, and the
 * apostrophe the exporter puts before formula-like cells is removed again.
 */
import { STANCES, STATUSES, type GradeLetter, type Stance, type Status } from "../../db/schema/enums";
import { restoreNeutralisedCell } from "../export/cells";
import { STANCE_LABELS, STATUS_LABELS } from "../labels";
import { headerIndex, oversizedCell, type CsvTable } from "./csv";
import { stateCodeFor, stateNameFor } from "./countries";
import { isoDateFrom, yearOf } from "./dates";
import { contentKey } from "./keys";
import type { IssueLog } from "./messages";
import {
  TRACKER_CSV_COLUMN_KEYS,
  TRACKER_LIST_SEPARATOR,
  TRACKER_REQUIRED_KEYS,
  type TrackerColumnKey,
} from "../tracker-csv/columns";
import { emptyStats, type ColumnMapping, type ImportRecord, type SkippedRow, type TrackerRef } from "./types";
import type { TableParsed } from "./upr-info";
import { uprCycleForSession, uprYearForSession } from "./upr-sessions";
import { POSITION_WORDS, uprPositionFor } from "./positions";
import {
  labelLookup,
  normalise,
  splitReference,
  trackerHeader,
  trackerHeaderNames,
  uprSessionOfCycle,
} from "../tracker-csv/vocabulary";
import { currentLocale } from "../i18n/current-locale";

// Headers in any language the tracker exports in (lib/tracker-csv/vocabulary.ts), or the column's key.
const HEADER_NAMES = new Map<TrackerColumnKey, string[]>();
const namesOf = (key: TrackerColumnKey) => {
  let names = HEADER_NAMES.get(key);
  if (!names) HEADER_NAMES.set(key, (names = [...trackerHeaderNames(key), key]));
  return names;
};
const indexOf = (headers: readonly string[], key: TrackerColumnKey) => headerIndex(headers, ...namesOf(key));

export function looksLikeTrackerCsv(headers: readonly string[]): boolean {
  return TRACKER_REQUIRED_KEYS.every((k) => indexOf(headers, k) >= 0);
}

const MAPPING: Partial<Record<TrackerColumnKey, ColumnMapping[string]>> = {
  symbol: "documentSymbol",
  paragraph: "paragraph",
  body: "bodyCode",
  stateCode: "stateCode",
  stateName: "stateName",
  cycle: "cycleOrdinal",
  date: "documentDate",
  text: "text",
  themes: "themes",
  affectedPersons: "affectedPersons",
  sdgs: "sdgs",
};

export function trackerMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = Object.fromEntries(headers.map((h) => [h, null]));
  for (const key of TRACKER_CSV_COLUMN_KEYS) {
    const i = indexOf(headers, key);
    if (i >= 0) mapping[headers[i]] = MAPPING[key] ?? "tracker";
  }
  return mapping;
}

// Labels in every language, read back into stored keys: built once, on first use.
let byLabel: { status: Map<string, Status>; stance: Map<string, Stance> } | null = null;
const lookups = () => (byLabel ??= { status: labelLookup("status", STATUSES), stance: labelLookup("stance", STANCES) });

const list = (value: string) =>
  value
    .split(/;\s*/)
    .map((v) => v.trim())
    .filter(Boolean);

export function parseTrackerCsv(table: CsvTable, log: IssueLog): TableParsed {
  const stats = emptyStats();
  const skippedRows: SkippedRow[] = [];
  const idx = Object.fromEntries(TRACKER_CSV_COLUMN_KEYS.map((k) => [k, indexOf(table.headers, k)])) as Record<
    TrackerColumnKey,
    number
  >;
  // Named as the reader's own exports name them (the parse worker runs in the uploader's language).
  const missing = TRACKER_REQUIRED_KEYS.filter((k) => idx[k] < 0).map((k) => trackerHeader(k, currentLocale()));
  if (missing.length) {
    log.error(1, null, "file.missingColumns", { format: "Treaty Tracker CSV", columns: missing.join(", ") });
    return { records: [], stats, skippedRows };
  }
  const records: ImportRecord[] = [];
  // Each external key and the line that brought it first.
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    stats.rowsRead++;
    const oversized = oversizedCell(row, table.headers, log, table.refused);
    if (oversized) {
      skippedRows.push(oversized);
      stats.skipped++;
      continue;
    }
    const col = (k: TrackerColumnKey) => table.headers[idx[k]] ?? trackerHeader(k, currentLocale());
    const get = (k: TrackerColumnKey) => (idx[k] >= 0 ? restoreNeutralisedCell((row.cells[idx[k]] ?? "").trim()) : "");
    let ok = true;
    for (const k of TRACKER_REQUIRED_KEYS) {
      if (!get(k)) {
        log.error(row.line, col(k), "cell.required");
        ok = false;
      }
    }
    const codeRaw = get("stateCode").toUpperCase();
    const stateCode = codeRaw ? stateCodeFor(codeRaw) : null;
    if (codeRaw && !stateCode) {
      log.error(row.line, col("stateCode"), "cell.unknownStateCode", { value: codeRaw });
      ok = false;
    }
    const bodyCode = get("body").toUpperCase();
    if (bodyCode && !/^[A-Z][A-Z0-9-]*$/.test(bodyCode)) {
      log.error(row.line, col("body"), "cell.unknownBody", { value: get("body") });
      ok = false;
    }
    if (!ok) {
      skippedRows.push({ line: row.line, reason: "invalid" });
      stats.skipped++;
      continue;
    }
    const date = dateCell(get("date"), row.line, col("date"), log);
    const cycle = get("cycle");
    const session = uprSessionOfCycle(cycle);
    const cycleOrdinal = session ? uprCycleForSession(session) : /^\d+$/.test(cycle) ? Number(cycle) : null;
    const statusRaw = get("currentStatus");
    const stanceRaw = get("latestStance");
    const gradeRaw = get("latestGrade").toUpperCase();
    const status = lookup(
      lookups().status,
      statusRaw,
      row.line,
      col("currentStatus"),
      log,
      "cell.unknownStatus",
      Object.values(STATUS_LABELS),
    );
    const stance = lookup(
      lookups().stance,
      stanceRaw,
      row.line,
      col("latestStance"),
      log,
      "cell.unknownStance",
      Object.values(STANCE_LABELS),
    );
    if (gradeRaw && !/^[A-E]$/.test(gradeRaw))
      log.warning(row.line, col("latestGrade"), "cell.unknownGrade", { value: gradeRaw });
    // History rows are dated facts: a status, answer or grade without its date is read but not recorded.
    for (const [value, dateKey] of [
      [status && statusRaw, "statusDate"],
      [stance && stanceRaw, "stanceDate"],
      [/^[A-E]$/.test(gradeRaw) && gradeRaw, "gradeDate"],
    ] as const) {
      if (value && !get(dateKey)) log.warning(row.line, col(dateKey), "cell.historyWithoutDate", { value });
    }
    const text = get("text");
    const recommendingStates = list(get("recommendingStates"));
    const positionRaw = get("uprPositionAsWritten");
    const positionLabel = get("uprPosition");
    // The label in the file's language; a file with only the wording as written still says which.
    const uprPosition = uprPositionFor(positionLabel) ?? (positionRaw ? uprPositionFor(positionRaw) : null);
    if (positionLabel && !uprPositionFor(positionLabel))
      log.warning(row.line, col("uprPosition"), "cell.notPosition", { value: positionLabel, allowed: POSITION_WORDS });
    const categoryRaw = get("uprActionCategory");
    const category = /^[1-5]$/.test(categoryRaw) ? Number(categoryRaw) : null;
    if (categoryRaw && category === null)
      log.warning(row.line, col("uprActionCategory"), "cell.notAction", { value: categoryRaw });
    const record: ImportRecord = {
      line: row.line,
      stateCode,
      stateName: get("stateName") || stateNameFor(stateCode!) || stateCode!,
      bodyCode,
      uprSession: session,
      cycleOrdinal,
      year: yearOf(date) ?? (session ? uprYearForSession(session) : null),
      documentSymbol: get("symbol") || null,
      documentDate: date,
      paragraph: get("paragraph") || null,
      text,
      recommendingStates,
      recommendingStateCodes: recommendingStates.map(stateCodeFor),
      uprPosition,
      uprPositionRaw: positionRaw || null,
      uprPositionSource: null,
      uprActionCategory: category,
      themes: list(get("themes")),
      affectedPersons: list(get("affectedPersons")),
      sdgs: list(get("sdgs")),
      externalKey: contentKey("tracker", [stateCode, bodyCode, get("symbol"), get("paragraph"), text]),
      tracker: {
        trackerId: numberCell(get("id"), row.line, col("id"), log),
        ...(idx.subject >= 0 ? { subject: get("subject") || null } : {}),
        status,
        statusDate: dateCell(get("statusDate"), row.line, col("statusDate"), log),
        stance,
        stanceDate: dateCell(get("stanceDate"), row.line, col("stanceDate"), log),
        stanceQuote: get("stanceQuote") || null,
        grade: /^[A-E]$/.test(gradeRaw) ? (gradeRaw as GradeLetter) : null,
        gradeAsWritten: get("latestGradeAsWritten") || null,
        gradeDate: dateCell(get("gradeDate"), row.line, col("gradeDate"), log),
        reiterates: refsCell(get("reiterates")),
        reiteratedBy: refsCell(get("reiteratedBy")),
        outstandingSince: numberCell(get("outstandingSince"), row.line, col("outstandingSince"), log),
        url: get("url") || null,
      },
    };
    const firstLine = seen.get(record.externalKey);
    if (firstLine !== undefined) {
      skippedRows.push({ line: row.line, reason: "sameRecommendation", params: { first: firstLine } });
      stats.duplicateRowsMerged++;
      continue;
    }
    seen.set(record.externalKey, row.line);
    records.push(record);
  }
  return { records, stats, skippedRows };
}

function lookup<K extends string>(
  map: Map<string, K>,
  raw: string,
  line: number,
  column: string,
  log: IssueLog,
  key: "cell.unknownStatus" | "cell.unknownStance",
  allowed: string[],
): K | null {
  if (!raw) return null;
  const found = map.get(normalise(raw));
  if (!found) log.warning(line, column, key, { value: raw, allowed: allowed.join(", ") });
  return found ?? null;
}

function dateCell(raw: string, line: number, column: string, log: IssueLog): string | null {
  const date = isoDateFrom(raw);
  if (date === undefined) log.warning(line, column, "cell.notDate", { value: raw });
  return date ?? null;
}

/**
 * "CCPR/C/KAZ/CO/1, para. 23; CCPR/C/KAZ/CO/2" (or «…, п. 23») → symbol and paragraph of each
 * (lib/export/cells.ts formatRef writes them so). A part without a UN symbol
 * (no "/", e.g. "document not known") names nothing findable and is dropped.
 */
function refsCell(raw: string): TrackerRef[] {
  const refs: TrackerRef[] = [];
  for (const part of raw
    .split(TRACKER_LIST_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const { source: symbol, paragraph } = splitReference(part);
    if (/\//.test(symbol)) refs.push({ symbol, paragraph });
  }
  return refs;
}

function numberCell(raw: string, line: number, column: string, log: IssueLog): number | null {
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return Number(raw);
  log.warning(line, column, "cell.notNumber", { value: raw });
  return null;
}
