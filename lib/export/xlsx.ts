/**
 * The recommendations export as an Excel workbook, streamed: exceljs's
 * WorkbookWriter writes each row into the zip as soon as it is committed, so
 * memory stays bounded. Inline strings (useSharedStrings: false) because a
 * shared-string table would hold every distinct text of the export in memory.
 *
 * Formula injection: exceljs writes a string value as a string cell, never as a
 * formula, so `=HYPERLINK(…)` is already inert in the file itself. We still
 * neutralise text cells exactly as in the CSV (leading apostrophe) because (1) a user
 * who edits such a cell and presses Enter makes Excel re-parse it as typed input, i.e.
 * as a live formula, and a user who saves the sheet as CSV hands the raw text to the
 * next program; (2) one rule for both formats means the tracker's importer undoes it
 * the same way (restoreNeutralisedCell) whichever file comes back.
 */
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { BRAND_COLORS } from "../status-colors";
import { fullIsoDate, neutraliseCell } from "./cells";
import { EN_EXPORT_LABELS, EXPORT_COLUMNS, type ExportColumn, type ExportLabels } from "./columns";
import { exportMessage } from "./messages";
import { formatMessage } from "../i18n/catalogue";
import { rowIterator, type RowSource } from "./rows";
import { TRACKER_LIST_SEPARATOR } from "../tracker-csv/columns";
import type { ExportAction, ExportMeta, ExportRow } from "./types";

/** Check the consumer's backlog every this many rows and wait for it to drain. */
const DRAIN_EVERY = 500;
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

export function xlsxStream(
  rows: RowSource<ExportRow>,
  meta: ExportMeta,
  labels: ExportLabels = EN_EXPORT_LABELS,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  writeWorkbook(out, rows, meta, labels).catch((error: unknown) =>
    out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}

async function writeWorkbook(out: PassThrough, rows: RowSource<ExportRow>, meta: ExportMeta, labels: ExportLabels) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Treaty Tracker";
  workbook.created = meta.generatedAt;
  const locale = meta.locale ?? labels.locale;

  const sheet = workbook.addWorksheet(exportMessage("sheet.recommendations", {}, locale), {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  const columns = sheetColumns(labels);
  sheet.columns = columns.map((c, i) => ({ key: String(i), width: c.width, style: c.style }));

  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true, color: { argb: argb(BRAND_COLORS.brand) } };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(BRAND_COLORS.brandSoft) } };
  header.alignment = { vertical: "middle", wrapText: true };
  header.border = { bottom: { style: "thin", color: { argb: argb(BRAND_COLORS.brand) } } };
  header.commit();

  const iterator = rowIterator(rows);
  // Actions are few (a handful per followed recommendation): kept for their own sheet after the rows.
  const actions: { row: ExportRow; action: ExportAction }[] = [];
  let count = 0;
  for (;;) {
    if (out.destroyed) {
      await iterator.return?.(); // the download was cancelled
      return;
    }
    const next = await iterator.next();
    if (next.done) break;
    const row = next.value;
    const line = sheet.addRow(columns.map((c) => c.cell(row)));
    // One style object per column, shared by its cells: exceljs then finds each cell's style id in
    // its WeakMap instead of rendering the style to XML per cell (a fifth of the workbook's time).
    for (let i = 0; i < columns.length; i++) line.getCell(i + 1).style = columns[i].style;
    line.commit();
    for (const action of next.value.actions ?? []) actions.push({ row: next.value, action });
    count += 1;
    if (count % DRAIN_EVERY === 0) await backpressure(out, sheet);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: columns.length } };
  sheet.commit();

  writeActionsSheet(workbook, actions, labels, locale);
  writeAboutSheet(workbook.addWorksheet(exportMessage("about.sheetName", {}, locale)), meta, count, locale);
  await workbook.commit();
}

/**
 * exceljs pushes committed rows into its zip entry without heeding backpressure, and a
 * synchronous row source (better-sqlite3's iterate()) never gives the event loop a turn,
 * so rows would pile up uncompressed in memory (measured: ~1 GB for 300,000 rows). We
 * therefore wait, every few hundred rows, until the zip entry's input buffer has been
 * compressed away and the consumer (the HTTP response) has taken what we gave it.
 * The entry stream is an exceljs 4.4 internal (the worksheet's StreamBuf pipes into it);
 * if a later version hides it we still yield a turn, and tests/export/xlsx.test.ts fails
 * on an unbounded producer.
 */
const ZIP_INPUT_LIMIT = 4 * 1024 * 1024;
type PendingStream = {
  _writableState?: { length: number };
  once(event: "drain", listener: () => void): unknown;
  removeListener(event: "drain", listener: () => void): unknown;
};

async function backpressure(out: PassThrough, sheet: ExcelJS.Worksheet) {
  await new Promise((resolve) => setImmediate(resolve));
  const entry = (sheet as unknown as { stream?: { pipes?: PendingStream[] } }).stream?.pipes?.[0];
  while (!out.destroyed && (entry?._writableState?.length ?? 0) > ZIP_INPUT_LIMIT) await drainOrTick(entry!);
  while (!out.destroyed && out.writableNeedDrain) await drainOrTick(out);
}

/** Waits for "drain", but never longer than a few milliseconds, so a missed event cannot stall the export. */
function drainOrTick(stream: PendingStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stream.removeListener("drain", done);
      resolve();
    };
    const timer = setTimeout(done, 5);
    stream.once("drain", done);
  });
}

type SheetColumn = {
  header: string;
  width: number;
  style: Partial<ExcelJS.Style>;
  cell: (row: ExportRow) => ExcelJS.CellValue;
};

const TOP = { vertical: "top" } as const;

/**
 * The sheet's columns: the CSV's, in its order and with its text, so the workbook reads back
 * exactly like the CSV; after each date column a typed twin ("Date (date)") holding a real Excel
 * date when the date is complete and nothing when it is partial ("2011", "2025-07"), which stays
 * readable in the text column beside it. The importer reads the text column and ignores the twin.
 */
function sheetColumns(labels: ExportLabels): SheetColumn[] {
  const out: SheetColumn[] = [];
  for (const column of EXPORT_COLUMNS) {
    const header = labels.headers[column.key];
    out.push({
      header,
      width: column.width,
      style: { alignment: { ...TOP, wrapText: column.kind === "longText" } },
      cell: (row) => cellValue(column, row, labels),
    });
    if (column.kind === "date")
      out.push({
        header: formatMessage("files.dateColumn", { column: header }, labels.locale),
        width: column.width,
        style: { alignment: TOP, numFmt: "yyyy-mm-dd" },
        cell: (row) => fullIsoDate(column.value(row, labels) as string | null),
      });
  }
  return out;
}

/** Numbers stay numbers; every text (dates included, full or partial) is the CSV's text, neutralised. */
function cellValue(column: ExportColumn, row: ExportRow, labels: ExportLabels): ExcelJS.CellValue {
  const value = column.value(row, labels);
  if (value === null || value === "") return null;
  if (typeof value === "number") return value;
  return neutraliseCell(value);
}

/** One row per action: the recommendation it serves, who is responsible, by when, and the latest progress. */
function writeActionsSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  actions: { row: ExportRow; action: ExportAction }[],
  labels: ExportLabels,
  locale: string,
) {
  const sheet = workbook.addWorksheet(exportMessage("sheet.actions", {}, locale), {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  const text = { alignment: { vertical: "top" as const, wrapText: true } };
  const date = { alignment: { vertical: "top" as const }, numFmt: "yyyy-mm-dd" };
  sheet.columns = [
    { key: "id", width: 8, style: text },
    { key: "symbol", width: 20, style: text },
    { key: "paragraph", width: 10, style: text },
    { key: "title", width: 45, style: text },
    { key: "institutions", width: 35, style: text },
    { key: "focalPoint", width: 25, style: text },
    { key: "dueDate", width: 12, style: date },
    { key: "status", width: 14, style: text },
    { key: "progressDate", width: 12, style: date },
    { key: "progress", width: 50, style: text },
  ];
  const header = sheet.addRow([
    labels.headers.id,
    labels.headers.symbol,
    labels.headers.paragraph,
    exportMessage("actions.title", {}, locale),
    labels.headers.responsibleInstitutions,
    exportMessage("actions.focalPoint", {}, locale),
    exportMessage("actions.dueDate", {}, locale),
    exportMessage("actions.status", {}, locale),
    exportMessage("actions.progressDate", {}, locale),
    exportMessage("actions.progress", {}, locale),
  ]);
  header.font = { bold: true, color: { argb: argb(BRAND_COLORS.brand) } };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(BRAND_COLORS.brandSoft) } };
  header.commit();
  const cell = (v: string | null) => (v ? neutraliseCell(v) : null);
  const day = (v: string | null) => (v ? (fullIsoDate(v) ?? v) : null);
  for (const { row, action } of actions) {
    sheet
      .addRow([
        row.id,
        cell(row.symbol),
        cell(row.paragraph),
        cell(action.title),
        cell(action.institutions.join(TRACKER_LIST_SEPARATOR)),
        cell(action.focalPoint),
        day(action.dueDate),
        cell(action.status),
        day(action.latestProgressDate),
        cell(action.latestProgress),
      ])
      .commit();
  }
  if (actions.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: actions.length + 1, column: 10 } };
  sheet.commit();
}

function writeAboutSheet(sheet: ExcelJS.Worksheet, meta: ExportMeta, count: number, locale: string) {
  sheet.columns = [
    { width: 34, style: { alignment: { vertical: "top" } } },
    { width: 90, style: { alignment: { vertical: "top", wrapText: true } } },
  ];
  const heading = (text: string) => {
    const row = sheet.addRow([text]);
    row.font = { bold: true, color: { argb: argb(BRAND_COLORS.brand) } };
    row.commit();
  };
  const pair = (label: string, value: ExcelJS.CellValue) =>
    sheet.addRow([neutraliseCell(label), typeof value === "string" ? neutraliseCell(value) : value]).commit();

  const title = sheet.addRow([exportMessage("about.title", {}, locale)]);
  title.font = { bold: true, size: 14, color: { argb: argb(BRAND_COLORS.brand) } };
  title.commit();
  sheet.addRow([]).commit();

  const generated = sheet.addRow([exportMessage("about.generated", {}, locale), meta.generatedAt]);
  generated.getCell(2).numFmt = 'yyyy-mm-dd hh:mm "UTC"';
  generated.getCell(2).alignment = { horizontal: "left" };
  generated.commit();
  const rows = sheet.addRow([exportMessage("about.rows", {}, locale), count]);
  rows.getCell(2).alignment = { horizontal: "left" };
  rows.commit();
  if (meta.branding?.organisationName)
    pair(exportMessage("about.organisation", {}, locale), meta.branding.organisationName);
  if (meta.branding?.disclaimer) pair(exportMessage("about.disclaimer", {}, locale), meta.branding.disclaimer);
  sheet.addRow([]).commit();

  heading(exportMessage("about.filters", {}, locale));
  if (meta.filters.length === 0) pair(exportMessage("about.noFilters", {}, locale), null);
  for (const f of meta.filters) pair(f.label, f.value);
  sheet.addRow([]).commit();

  heading(exportMessage("about.sources", {}, locale));
  for (const s of meta.sources) pair(s.title, s.url ?? null);
  sheet.addRow([]).commit();
  sheet.addRow([exportMessage("about.injection", {}, locale)]).commit();
  sheet.commit();
}
