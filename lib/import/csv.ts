/**
 * CSV text → rows with the source line each starts on. csv-parse discovers the
 * record delimiter itself (LF, CRLF or the CR of classic Mac files such as the
 * UPR Info export); the field delimiter is picked from the header line.
 */
import { CsvError, parse } from "csv-parse/sync";
import { MAX_CELL_CHARS, MAX_RECORD_CHARS, MAX_ROWS } from "./limits";
import { importMessage, IssueLog } from "./messages";
import type { Delimiter } from "./types";

export type SourceRow = { line: number; cells: string[] };
export type CsvTable = {
  headers: string[];
  rows: SourceRow[];
  delimiter?: Delimiter;
  /** Lines already refused while reading (a formula cell in a spreadsheet); parsers skip them. */
  refused?: Set<number>;
};

const CANDIDATES: Delimiter[] = [",", ";", "\t"];

/** Counts each candidate outside quotes on the first line; the most frequent wins, comma on a tie. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ",";
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

const LINE_BREAK = /\r\n|\r|\n/g;
const TRAILING_BREAK = /(\r\n|\r|\n)$/;

/**
 * Parses the whole text. A structural error (an unclosed quote, a record past the
 * size cap) refuses the file with the line where it happened; a cell past the
 * cap refuses only its row.
 */
export function readCsv(text: string, log: IssueLog): CsvTable | null {
  const delimiter = detectDelimiter(text);
  let parsed: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      delimiter,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_CHARS,
      bom: true,
      to: MAX_ROWS + 1,
    }) as never;
  } catch (error) {
    reportCsvError(error, log);
    return null;
  }
  if (parsed.length > MAX_ROWS) {
    log.error(0, null, "csv.tooManyRows", { limit: MAX_ROWS });
    return null;
  }
  const rows: SourceRow[] = parsed.map(({ record, raw, info }) => {
    const inner = raw.replace(TRAILING_BREAK, "").match(LINE_BREAK)?.length ?? 0;
    return { line: info.lines - inner, cells: record };
  });
  const header = rows.shift();
  if (!header || header.cells.every((c) => !c.trim())) {
    log.error(1, null, "file.noHeader");
    return null;
  }
  return { headers: header.cells.map(cleanHeader), rows, delimiter };
}

function reportCsvError(error: unknown, log: IssueLog) {
  if (error instanceof CsvError) {
    const line = Number((error as unknown as { lines?: number }).lines ?? 0);
    if (error.code === "CSV_QUOTE_NOT_CLOSED") return log.error(line, null, "csv.broken", { reason: csvReason("csv.quoteNotClosed") });
    if (error.code === "CSV_MAX_RECORD_SIZE") return log.error(line, null, "csv.broken", { reason: csvReason("csv.recordTooLong", { limit: MAX_RECORD_CHARS }) });
    return log.error(line, null, "csv.broken", { reason: error.message });
  }
  log.error(0, null, "csv.broken", { reason: error instanceof Error ? error.message : String(error) });
}

const csvReason = (key: "csv.quoteNotClosed" | "csv.recordTooLong", params: Record<string, number> = {}) => importMessage(key, params);

export function cleanHeader(value: string): string {
  return value.replace(/^\uFEFF/, "").trim();
}

/** Finds a header case-insensitively, trying each spelling in turn (UHRI's "Reccomending"). */
export function headerIndex(headers: readonly string[], ...names: string[]): number {
  const lower = headers.map((h) => h.toLowerCase());
  for (const name of names) {
    const i = lower.indexOf(name.toLowerCase());
    if (i >= 0) return i;
  }
  return -1;
}

/** Reads one cell, refusing the row (by returning null and logging) when it is past the cap. */
export function cellAt(row: SourceRow, index: number, column: string, log: IssueLog): string | null {
  const value = index >= 0 ? (row.cells[index] ?? "") : "";
  if (value.length > MAX_CELL_CHARS) {
    log.error(row.line, column, "cell.tooLong", { length: value.length, limit: MAX_CELL_CHARS });
    return null;
  }
  return value;
}

/** Any cell in the row past the cap: the row is refused with one error naming the column. */
export function oversizedCell(row: SourceRow, headers: readonly string[], log: IssueLog, refused?: Set<number>): boolean {
  if (refused?.has(row.line)) return true;
  const i = row.cells.findIndex((c) => c.length > MAX_CELL_CHARS);
  if (i < 0) return false;
  log.error(row.line, headers[i] ?? String(i + 1), "cell.tooLong", { length: row.cells[i].length, limit: MAX_CELL_CHARS });
  return true;
}
