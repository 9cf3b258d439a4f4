/**
 * Universal Human Rights Index export (CSV or XLSX), 16 columns in OHCHR's
 * spelling (shared/docs/domain.md): "Reccomending" is how OHCHR spells it and
 * the correct spelling is accepted too. Multi-value cells hold one value a
 * line, each prefixed with "- ". Rows whose Type is not a recommendation
 * (concerns/observations) are counted and left out.
 */
import { parseUnSymbol } from "../un-symbol";
import { cellAt, headerIndex, oversizedCell, type CsvTable, type SourceRow } from "./csv";
import { stateCodeFor } from "./countries";
import { isoDateFrom, yearOf } from "./dates";
import { contentKey, splitList } from "./keys";
import type { IssueLog } from "./messages";
import { POSITION_WORDS, uprPositionFor } from "./positions";
import { emptyStats, type ColumnMapping, type ImportRecord, type SkippedRow } from "./types";
import type { TableParsed } from "./upr-info";
import { uprCycleForSession, uprYearForSession } from "./upr-sessions";

const COLUMNS = {
  text: ["Text"],
  countries: ["Countries Concerned", "Country Concerned"],
  body: ["Reccomending Body", "Recommending Body"],
  symbol: ["Document Symbol"],
  themes: ["Themes"],
  affected: ["Affected Persons"],
  sdgs: ["Sdgs", "SDGs"],
  date: ["Document Publication Date"],
  states: ["UPR Reccomending States", "UPR Recommending States"],
  position: ["UPR Position"],
  type: ["Type"],
  annotation: ["OHCHR Annotation Id", "Annotation Id"],
  session: ["UPR Session"],
} as const;
type Key = keyof typeof COLUMNS;
/** The headers this format expects, one spelling each (the wizard offers them for a column mapped by hand). */
export const UHRI_HEADERS: string[] = Object.values(COLUMNS).map((names) => names[0]);

export const UHRI_MAPPING: Partial<Record<Key, ColumnMapping[string]>> = {
  text: "text",
  countries: "stateName",
  body: "bodyCode",
  symbol: "documentSymbol",
  themes: "themes",
  affected: "affectedPersons",
  sdgs: "sdgs",
  date: "documentDate",
  states: "recommendingStates",
  position: "uprPosition",
  annotation: "externalKey",
  session: "uprSession",
};

export function uhriMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = Object.fromEntries(headers.map((h) => [h, null]));
  for (const key of Object.keys(COLUMNS) as Key[]) {
    const i = headerIndex(headers, ...COLUMNS[key]);
    if (i >= 0) mapping[headers[i]] = UHRI_MAPPING[key] ?? null;
  }
  return mapping;
}

export function looksLikeUhri(headers: readonly string[]): boolean {
  return (
    headerIndex(headers, ...COLUMNS.text) >= 0 &&
    headerIndex(headers, ...COLUMNS.countries) >= 0 &&
    headerIndex(headers, ...COLUMNS.body) >= 0
  );
}

/** UHRI body values: treaty bodies as codes; Special Procedures prefixed IE / WG / SR. */
function bodyCodeFor(raw: string): string | null {
  const value = raw.replace(/^[-•]\s*/, "").trim();
  if (/^(IE|WG|SR)\b/i.test(value) || /^special procedures?$/i.test(value)) return "SP";
  const code = value.toUpperCase();
  return /^[A-Z][A-Z0-9-]*$/.test(code) ? code : null;
}

export function parseUhri(table: CsvTable, log: IssueLog): TableParsed {
  const stats = emptyStats();
  const skippedRows: SkippedRow[] = [];
  const idx = Object.fromEntries(
    (Object.keys(COLUMNS) as Key[]).map((k) => [k, headerIndex(table.headers, ...COLUMNS[k])]),
  ) as Record<Key, number>;
  const missing = (["text", "countries", "body"] as Key[]).filter((k) => idx[k] < 0).map((k) => COLUMNS[k][0]);
  if (missing.length) {
    log.error(1, null, "file.missingColumns", { format: "UHRI", columns: missing.join(", ") });
    return { records: [], stats, skippedRows };
  }
  const records: ImportRecord[] = [];
  // Each external key and the line that brought it first.
  const seen = new Map<string, number>();
  let observations = 0;
  for (const row of table.rows) {
    stats.rowsRead++;
    const oversized = oversizedCell(row, table.headers, log, table.refused);
    if (oversized) {
      skippedRows.push(oversized);
      stats.skipped++;
      continue;
    }
    const name = (k: Key) => table.headers[idx[k]] ?? COLUMNS[k][0];
    const get = (k: Key) => (cellAt(row, idx[k], name(k), log) ?? "").trim();
    const type = get("type");
    if (type && !/recommendation/i.test(type)) {
      observations++;
      skippedRows.push({ line: row.line, reason: "observation", params: { type } });
      stats.skipped++;
      continue;
    }
    const built = buildRecords(row, get, name, log);
    if (!built) {
      skippedRows.push({ line: row.line, reason: "invalid" });
      stats.skipped++;
      continue;
    }
    for (const record of built) {
      const firstLine = seen.get(record.externalKey);
      if (firstLine !== undefined) {
        skippedRows.push({ line: row.line, reason: "sameRecommendation", params: { first: firstLine } });
        stats.duplicateRowsMerged++;
        continue;
      }
      seen.set(record.externalKey, row.line);
      records.push(record);
    }
  }
  if (observations > 0) log.warning(0, name0(table, idx.type), "row.observations", { count: observations });
  return { records, stats, skippedRows };
}

const name0 = (table: CsvTable, i: number) => table.headers[i] ?? null;

function buildRecords(
  row: SourceRow,
  get: (k: Key) => string,
  name: (k: Key) => string,
  log: IssueLog,
): ImportRecord[] | null {
  const rawText = get("text");
  const countries = splitList(get("countries"));
  const bodyRaw = get("body");
  const bodyCode = bodyRaw ? bodyCodeFor(splitList(bodyRaw)[0] ?? bodyRaw) : null;
  let ok = true;
  if (!rawText) ok = required(log, row.line, name("text"));
  if (countries.length === 0) ok = required(log, row.line, name("countries"));
  if (!bodyRaw) ok = required(log, row.line, name("body"));
  else if (!bodyCode) {
    log.error(row.line, name("body"), "cell.unknownBody", { value: bodyRaw });
    ok = false;
  }
  const positionRaw = splitList(get("position"))[0] ?? "";
  const position = positionRaw ? uprPositionFor(positionRaw) : null;
  if (positionRaw && !position) {
    log.error(row.line, name("position"), "cell.notPosition", { value: positionRaw, allowed: POSITION_WORDS });
    ok = false;
  }
  if (!ok) return null;

  const numbered = /^\s*(\d+(?:\.\d+)*)\.?\s+(?=\S)/.exec(rawText);
  const text = numbered ? rawText.slice(numbered[0].length).trim() : rawText;
  const symbol = splitList(get("symbol"))[0] ?? null;
  const dateRaw = get("date");
  const date = isoDateFrom(dateRaw);
  if (date === undefined) log.warning(row.line, name("date"), "cell.notDate", { value: dateRaw });
  const sessionRaw = get("session");
  const sessionDigits = /(\d+)/.exec(sessionRaw);
  const session = sessionDigits ? Number(sessionDigits[1]) : null;
  const states = splitList(get("states"));
  const codes = states.map((s) => {
    const code = stateCodeFor(s);
    if (!code) log.warning(row.line, name("states"), "cell.unknownState", { value: s });
    return code;
  });
  const annotation = get("annotation");
  const cycleOrdinal =
    bodyCode === "UPR"
      ? session
        ? uprCycleForSession(session)
        : null
      : symbol && /\/CO\//i.test(symbol)
        ? treatyCycle(symbol)
        : null;
  const year = yearOf(date) ?? (bodyCode === "UPR" && session ? uprYearForSession(session) : null);

  return countries.map((country) => {
    const stateCode = stateCodeFor(country);
    if (!stateCode) log.warning(row.line, name("countries"), "cell.unknownState", { value: country });
    const key = annotation
      ? `uhri:${annotation}${countries.length > 1 ? `:${stateCode ?? country}` : ""}`
      : contentKey("uhri", [stateCode ?? country, bodyCode, symbol, text]);
    return {
      line: row.line,
      stateCode,
      stateName: country,
      bodyCode: bodyCode!,
      uprSession: bodyCode === "UPR" ? session : null,
      cycleOrdinal,
      year,
      documentSymbol: symbol,
      documentDate: date ?? null,
      paragraph: numbered ? numbered[1] : null,
      text,
      recommendingStates: states,
      recommendingStateCodes: codes,
      uprPosition: position,
      uprPositionRaw: positionRaw || null,
      uprPositionSource: null,
      uprActionCategory: null,
      themes: splitList(get("themes")),
      affectedPersons: splitList(get("affected")),
      sdgs: splitList(get("sdgs")),
      externalKey: key,
    };
  });
}

function required(log: IssueLog, line: number, column: string): false {
  log.error(line, column, "cell.required");
  return false;
}

/** "CCPR/C/KAZ/CO/2" → 2; "CERD/C/KAZ/CO/8-10" → 10 (the latest report the review covered). */
export function treatyCycle(symbol: string): number | null {
  const parsed = parseUnSymbol(symbol);
  if (!parsed.ok) return null;
  const { range, number } = parsed.value;
  if (range) return range.to;
  return number && /^\d+$/.test(number) ? Number(number) : null;
}
