/**
 * XLSX (UHRI's Excel export, or the tracker's own) → the same rows as a CSV.
 * The archive is checked for bombs before exceljs unpacks it; a formula cell
 * refuses its row (a formula is not data, and its cached result may be stale).
 */
import ExcelJS from "exceljs";
import { cleanHeader, type CsvTable, type SourceRow } from "./csv";
import { MAX_ROWS } from "./limits";
import type { IssueLog } from "./messages";
import { assertZipWithinLimits, openZip } from "./zip";
import { toText } from "../to-text";

export async function readXlsx(bytes: Uint8Array, log: IssueLog): Promise<CsvTable | null> {
  const zip = await openZip(bytes);
  await assertZipWithinLimits(zip);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its argument as an ArrayBuffer (and hands it to JSZip, which reads one): a copy of
    // exactly these bytes, since `bytes` may view part of a larger or shared buffer.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    log.error(0, null, "zip.broken", { reason: error instanceof Error ? error.message : String(error) });
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    log.error(0, null, "xlsx.noSheet");
    return null;
  }
  if (sheet.rowCount > MAX_ROWS + 1) {
    log.error(0, null, "csv.tooManyRows", { limit: MAX_ROWS });
    return null;
  }
  let headers: string[] | null = null;
  const rows: SourceRow[] = [];
  const refused = new Set<number>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const value = cell.value as unknown;
      if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
        const formula = String(
          (value as { formula?: string; sharedFormula?: string }).formula ??
            (value as { sharedFormula?: string }).sharedFormula,
        );
        log.error(rowNumber, headers?.[col - 1] ?? String(col), "cell.formula", {
          formula: `=${formula.slice(0, 60)}`,
        });
        refused.add(rowNumber);
      }
      cells[col - 1] = cellString(value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= "";
    if (!headers) headers = cells.map(cleanHeader);
    else rows.push({ line: rowNumber, cells });
  });
  if (!headers) {
    log.error(1, null, "file.noHeader");
    return null;
  }
  return { headers, rows, refused };
}

function cellString(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return toText(value);
  const v = value as { richText?: { text: string }[]; text?: string; result?: unknown; error?: string };
  if (v.richText) return v.richText.map((r) => r.text).join("");
  if (typeof v.text === "string") return v.text;
  if (v.error) return v.error;
  return "";
}
