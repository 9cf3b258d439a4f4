/**
 * UPR Info "Database of Recommendations" CSV: one row per (recommendation,
 * recommending State). Rows with the same To + Text + Session + Response are one
 * recommendation; exact duplicate rows (two in the 2008–2014 export) are
 * counted and dropped. See shared/data/real/upr-info-2008-2014/SOURCE.md.
 */
import { cellAt, headerIndex, oversizedCell, type CsvTable } from "./csv";
import { stateCodeFor } from "./countries";
import { contentKey, decodeEntities, splitList } from "./keys";
import type { IssueLog } from "./messages";
import { POSITION_WORDS, uprPositionFor } from "./positions";
import { emptyStats, type ColumnMapping, type ImportRecord, type ParseStats, type SkippedRow } from "./types";
import { MAX_UPR_SESSION, uprCycleForSession, uprYearForSession } from "./upr-sessions";

export const UPR_INFO_HEADERS = [
  "To",
  "To-Rgrp",
  "To-Org",
  "Text",
  "From",
  "From-Rgrp",
  "From-Org",
  "Response",
  "Action",
  "Issue",
  "Session",
] as const;
const REQUIRED = ["To", "Text", "From", "Response", "Session"] as const;

export const UPR_INFO_MAPPING: ColumnMapping = {
  To: "stateName",
  "To-Rgrp": null,
  "To-Org": null,
  Text: "text",
  From: "recommendingStates",
  "From-Rgrp": null,
  "From-Org": null,
  Response: "uprPosition",
  Action: "uprActionCategory",
  Issue: "themes",
  Session: "uprSession",
};

export function looksLikeUprInfo(headers: readonly string[]): boolean {
  return REQUIRED.every((h) => headerIndex(headers, h) >= 0);
}

const VOLUNTARY_PLEDGE = "voluntary pledge";

export type TableParsed = { records: ImportRecord[]; stats: ParseStats; skippedRows: SkippedRow[] };

export function parseUprInfo(table: CsvTable, log: IssueLog): TableParsed {
  const stats = emptyStats();
  const skippedRows: SkippedRow[] = [];
  const missing = REQUIRED.filter((h) => headerIndex(table.headers, h) < 0);
  if (missing.length) {
    log.error(1, null, "file.missingColumns", { format: "UPR Info", columns: missing.join(", ") });
    return { records: [], stats, skippedRows };
  }
  const col = Object.fromEntries(UPR_INFO_HEADERS.map((h) => [h, headerIndex(table.headers, h)])) as Record<
    (typeof UPR_INFO_HEADERS)[number],
    number
  >;
  // Each distinct row and the line it first appears on.
  const seenRows = new Map<string, number>();
  const groups = new Map<string, ImportRecord>();
  let pledges = 0;

  for (const row of table.rows) {
    stats.rowsRead++;
    const oversized = oversizedCell(row, table.headers, log, table.refused);
    if (oversized) {
      skippedRows.push(oversized);
      stats.skipped++;
      continue;
    }
    const exact = row.cells.join("\u241F");
    const firstLine = seenRows.get(exact);
    if (firstLine !== undefined) {
      skippedRows.push({ line: row.line, reason: "duplicateRow", params: { first: firstLine } });
      stats.duplicateRowsMerged++;
      continue;
    }
    seenRows.set(exact, row.line);

    const get = (name: (typeof UPR_INFO_HEADERS)[number]) => (cellAt(row, col[name], name, log) ?? "").trim();
    const to = get("To");
    const text = get("Text");
    const from = decodeEntities(get("From"));
    const response = get("Response");
    const sessionRaw = get("Session");

    if (response.toLowerCase() === VOLUNTARY_PLEDGE) {
      pledges++;
      skippedRows.push({ line: row.line, reason: "voluntaryPledge" });
      stats.skipped++;
      continue;
    }
    let ok = true;
    if (!to) ok = fail(log, row.line, "To");
    if (!text) ok = fail(log, row.line, "Text");
    const position = uprPositionFor(response);
    if (!position) {
      if (!response) fail(log, row.line, "Response");
      else log.error(row.line, "Response", "cell.notPosition", { value: response, allowed: POSITION_WORDS });
      ok = false;
    }
    const session = /^\d+$/.test(sessionRaw) ? Number(sessionRaw) : NaN;
    if (!(session >= 1 && session <= MAX_UPR_SESSION)) {
      log.error(row.line, "Session", "cell.notSession", { value: sessionRaw });
      ok = false;
    }
    if (!ok) {
      skippedRows.push({ line: row.line, reason: "invalid" });
      stats.skipped++;
      continue;
    }

    const key = contentKey("upr-info", [to, session, text, response]);
    const themes = splitList(get("Issue"), /,/);
    const existing = groups.get(key);
    if (existing) {
      stats.rowsMergedIntoGroups++;
      skippedRows.push({ line: row.line, reason: "mergedIntoGroup", params: { first: existing.line } });
      if (from && !existing.recommendingStates.includes(from)) addRecommendingState(existing, from, row.line, log);
      else log.warning(row.line, "From", "row.nearDuplicate", { first: existing.line });
      for (const t of themes) if (!existing.themes.includes(t)) existing.themes.push(t);
      continue;
    }

    const stateCode = stateCodeFor(to);
    if (!stateCode) log.warning(row.line, "To", "cell.unknownState", { value: to });
    const record: ImportRecord = {
      line: row.line,
      stateCode,
      stateName: to,
      bodyCode: "UPR",
      uprSession: session,
      cycleOrdinal: uprCycleForSession(session),
      year: uprYearForSession(session),
      documentSymbol: null,
      documentDate: null,
      paragraph: null,
      text,
      recommendingStates: [],
      recommendingStateCodes: [],
      uprPosition: position,
      uprPositionRaw: response,
      uprPositionSource: null,
      uprActionCategory: actionCategory(get("Action"), row.line, log),
      themes,
      affectedPersons: [],
      sdgs: [],
      externalKey: key,
    };
    if (from) addRecommendingState(record, from, row.line, log);
    groups.set(key, record);
  }
  if (pledges > 0) log.warning(0, "Response", "row.voluntaryPledges", { count: pledges });
  return { records: [...groups.values()], stats, skippedRows };
}

function fail(log: IssueLog, line: number, column: string): false {
  log.error(line, column, "cell.required");
  return false;
}

function addRecommendingState(record: ImportRecord, name: string, line: number, log: IssueLog) {
  const code = stateCodeFor(name);
  if (!code) log.warning(line, "From", "cell.unknownState", { value: name });
  record.recommendingStates.push(name);
  record.recommendingStateCodes.push(code);
}

function actionCategory(raw: string, line: number, log: IssueLog): number | null {
  if (!raw) return null;
  if (/^[1-5]$/.test(raw)) return Number(raw);
  log.warning(line, "Action", "cell.notAction", { value: raw });
  return null;
}
