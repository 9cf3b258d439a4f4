/**
 * The one entry point of the import parsers: bytes and a file name
 * in, a normalised ParseResult out. Never throws for a bad file: every refusal
 * is an ImportIssue with severity "error" naming where and why. Pure — no
 * database access; lib/data/import.ts commits the records.
 */
import { cleanDeep, cleanText } from "../text/clean";
import { readCsv, type CsvTable } from "./csv";
import { decodeText } from "./decode";
import { refuseFutureDates } from "./future-dates";
import { containerOf, formatFromHeaders } from "./detect";
import { XmlRefusal } from "./docx-xml";
import { MAX_IMPORT_BYTES, MAX_ISSUES } from "./limits";
import { IssueLog } from "./messages";
import { parseOhchrDocx } from "./ohchr-docx";
import { parseTrackerCsv, trackerMapping } from "./tracker-csv";
import {
  emptyParseResult,
  finishStats,
  PREVIEW_ROWS,
  type ColumnMapping,
  type ImportFormat,
  type ParseResult,
  type PreviewRow,
} from "./types";
import { parseUhri, uhriMapping } from "./uhri";
import { parseUprInfo, UPR_INFO_MAPPING } from "./upr-info";
import { readXlsx } from "./xlsx";
import { openZip, ZipBomb, ZipRefusal } from "./zip";

export type ParseOptions = {
  format?: ImportFormat;
  /**
   * Column mapping chosen by hand: a header of the file → the header the format expects in its place
   * ("Recommendation" → "Text"). The file is read as if its header said so.
   */
  columns?: Record<string, string>;
};
export type { ImportFormat, ImportIssue, ImportRecord, ParseResult } from "./types";
export { hasErrors } from "./types";

const MB = 1024 * 1024;

export async function parseImportFile(
  bytes: Buffer | Uint8Array,
  fileName: string,
  opts: ParseOptions = {},
): Promise<ParseResult> {
  const log = new IssueLog(MAX_ISSUES);
  const result = emptyParseResult();
  const done = () => {
    refuseFutureDates(result.records, result.mapping, log);
    // What is stored and shown carries no control or bidi-override characters (lib/text/clean.ts).
    result.records = result.records.map(cleanDeep);
    result.headers = result.headers.map(cleanText);
    result.preview = result.preview.map(cleanDeep);
    result.skippedRows = result.skippedRows.map(cleanDeep);
    result.issues = log.finish();
    finishStats(result.stats, result.records);
    return result;
  };
  if (bytes.length === 0) {
    log.error(0, null, "file.empty");
    return done();
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    log.error(0, null, "file.tooBig", { size: Math.ceil(bytes.length / MB), limit: MAX_IMPORT_BYTES / MB });
    return done();
  }
  try {
    const container = containerOf(bytes);
    if (container === "ole") log.error(0, null, "file.legacyDoc");
    else if (container === "zip" || /\.(docx|xlsx)$/i.test(fileName))
      await parseContainer(bytes, fileName, opts, result, log);
    else parseText(bytes, opts, result, log);
  } catch (error) {
    // Refusals (ZIP bomb, broken XML) carry their own sentence; anything unexpected is still a refusal, never a crash.
    const known = error instanceof ZipRefusal || error instanceof XmlRefusal;
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof ZipBomb) result.inflationRefused = true;
    if (known) log.refuse(reason);
    else log.error(0, null, "file.unreadable", { reason });
    result.records = [];
  }
  return done();
}

async function parseContainer(
  bytes: Uint8Array,
  fileName: string,
  opts: ParseOptions,
  result: ParseResult,
  log: IssueLog,
) {
  const zip = await openZip(bytes);
  if (zip.file("word/document.xml")) {
    result.format = "ohchr-docx";
    result.encoding = "docx";
    if (opts.format && opts.format !== "ohchr-docx") log.warning(0, null, "file.formatForced", { format: opts.format });
    const parsed = await parseOhchrDocx(zip, log);
    if (!parsed) return;
    Object.assign(result, {
      headers: parsed.headers,
      mapping: parsed.mapping,
      preview: parsed.preview,
      records: parsed.records,
      stats: parsed.stats,
      skippedRows: parsed.skippedRows,
    });
    return;
  }
  if (zip.file("xl/workbook.xml")) {
    result.encoding = "xlsx";
    const table = await readXlsx(bytes, log);
    if (table) readTable(table, opts, result, log);
    return;
  }
  log.error(0, null, "zip.missingPart", { name: /\.xlsx$/i.test(fileName) ? "xl/workbook.xml" : "word/document.xml" });
}

function parseText(bytes: Uint8Array, opts: ParseOptions, result: ParseResult, log: IssueLog) {
  const decoded = decodeText(bytes);
  if (!decoded) {
    log.error(0, null, "file.notText");
    return;
  }
  result.encoding = decoded.encoding;
  const table = readCsv(decoded.text, log);
  if (!table) return;
  result.delimiter = table.delimiter;
  readTable(table, opts, result, log);
}

function readTable(source: CsvTable, opts: ParseOptions, result: ParseResult, log: IssueLog) {
  const table = withColumns(source, opts.columns);
  // The review shows the file's own headers, each with the field it now fills.
  result.headers = source.headers;
  if (opts.columns && Object.keys(opts.columns).length) result.columns = opts.columns;
  const detected = formatFromHeaders(table.headers);
  const format = opts.format ?? detected;
  result.preview = previewOf(source);
  if (!format || format === "ohchr-docx") {
    log.error(1, null, "file.unknownFormat", { headers: table.headers.slice(0, 20).join(", ") || "—" });
    return;
  }
  result.format = format;
  if (opts.format && detected !== opts.format) log.warning(1, null, "file.formatForced", { format: opts.format });
  const parsed =
    format === "upr-info"
      ? parseUprInfo(table, log)
      : format === "uhri"
        ? parseUhri(table, log)
        : parseTrackerCsv(table, log);
  const mapping = mappingFor(format, table.headers);
  result.mapping = Object.fromEntries(source.headers.map((h, i) => [h, mapping[table.headers[i]] ?? null]));
  result.records = parsed.records;
  result.stats = parsed.stats;
  result.skippedRows = parsed.skippedRows;
}

/** The table with the headers renamed as the editor mapped them (a header mapped to nothing keeps its name). */
function withColumns(table: CsvTable, columns: ParseOptions["columns"]): CsvTable {
  if (!columns || Object.keys(columns).length === 0) return table;
  const has = (name: string) => Object.prototype.hasOwnProperty.call(columns, name);
  return { ...table, headers: table.headers.map((h) => (has(h) && columns[h] ? columns[h] : h)) };
}

function mappingFor(format: ImportFormat, headers: string[]): ColumnMapping {
  if (format === "upr-info") return Object.fromEntries(headers.map((h) => [h, UPR_INFO_MAPPING[h] ?? null]));
  if (format === "uhri") return uhriMapping(headers);
  return trackerMapping(headers);
}

function previewOf(table: CsvTable): PreviewRow[] {
  return table.rows.slice(0, PREVIEW_ROWS).map((row) => ({
    line: row.line,
    // Preview cells are cut short: the wizard shows them in a table, the full text is in the records.
    cells: Object.fromEntries(table.headers.map((h, i) => [h || String(i + 1), (row.cells[i] ?? "").slice(0, 500)])),
  }));
}
