/**
 * Sentences of the import report, with named parameters so a Russian catalogue
 * can reorder them (same conventions as lib/i18n/messages.ts). Every issue
 * message names where it happened: "Line 14, column Response: …".
 */
import { DEFAULT_LOCALE, numberFormat } from "../i18n/format";
import type { ImportIssue } from "./types";

export const importMessagesEn = {
  "at.cell": "Line {line}, column {column}: {detail}",
  "at.line": "Line {line}: {detail}",
  "file.empty": "The file is empty.",
  "file.unreadable": "The file could not be read: {reason}",
  "file.tooBig":
    "The file is {size} MB; the limit is {limit} MB. Split it (for example by session or year) and import the parts.",
  "file.unknownFormat":
    "This file does not look like a UPR Info export, an OHCHR thematic list (.docx), a UHRI export or a Treaty Tracker CSV. Headers found: {headers}.",
  "file.legacyDoc":
    "This is an old binary Word or Excel file (.doc, .xls). Open it in Word, Excel or LibreOffice, save it as .docx or .xlsx, then import that.",
  "file.notText": "The file is not text in any encoding this import knows (UTF-8, UTF-16, Windows-1252, Mac Roman).",
  "file.noHeader": "The first line holds no column headers.",
  "file.missingColumns": "Columns missing for the {format} format: {columns}.",
  "file.formatForced": "The file was read as {format} as requested, but its headers do not match that format.",
  "csv.broken": "The file cannot be read as CSV: {reason}",
  "csv.quoteNotClosed": "a quoted field opened here is never closed.",
  "csv.recordTooLong": "this record is longer than {limit} characters; the file is refused.",
  "csv.tooManyRows": "More than {limit} rows; split the file.",
  "zip.broken": "The file is not a readable .docx/.xlsx (a ZIP archive): {reason}",
  "zip.tooManyEntries": "The archive holds {count} parts; more than {limit} is not a real document.",
  "zip.bomb":
    "The archive part {name} would unpack to more than {limit} MB; the file is refused as a possible ZIP bomb.",
  "zip.missingPart": "The archive has no {name}; it is not a Word document.",
  "xml.broken": "The document's XML cannot be read: {reason}",
  "docx.noTable": "The document holds no table of recommendations.",
  "docx.noState": 'The document does not say which State was reviewed (no "UPR of …" heading).',
  "docx.noSession": "The document does not give the UPR session; the year comes from the document symbol {symbol}.",
  "docx.noParagraph": "The recommendation has no paragraph number.",
  "docx.noStates": "No recommending State found in brackets at the end of the recommendation.",
  "docx.duplicateParagraph": "Paragraph {paragraph} appears again (first at line {first}); the later row is skipped.",
  "xlsx.noSheet": "The workbook has no worksheet.",
  "cell.required": "This cell is empty; it is required.",
  "cell.tooLong": "The cell holds {length} characters; the limit is {limit}.",
  "cell.formula": "The cell holds a formula ({formula}); formulas are not imported. Paste the values instead.",
  "cell.notPosition": "'{value}' is not a UPR position ({allowed}).",
  "cell.notSession": "'{value}' is not a UPR session number (a whole number from 1 to 99).",
  "cell.notAction": "'{value}' is not a UPR Info action category (1 to 5); left empty.",
  "cell.notDate": "'{value}' is not a date; left empty.",
  "cell.dateFuture":
    "{value} is after today ({today}): a fact cannot be dated in the future. Correct the date and import the file again.",
  "cell.yearFuture":
    "this recommendation would be dated {year}, after today ({today}): a fact cannot be dated in the future.",
  "cell.unknownState": "'{value}' is not a State this import recognises; kept as written without a country code.",
  "cell.unknownStateCode": "'{value}' is not the ISO 3166-1 alpha-3 code of a State (e.g. KAZ).",
  "cell.unknownStatus": "'{value}' is not an implementation status ({allowed}); left empty.",
  "cell.unknownStance": "'{value}' is not a state response ({allowed}); left empty.",
  "cell.unknownGrade": "'{value}' is not a follow-up grade (A to E); left empty.",
  "cell.notNumber": "'{value}' is not a whole number; left empty.",
  "cell.unknownBody": "'{value}' is not a body code (letters, digits and hyphens, e.g. CCPR).",
  "row.nearDuplicate":
    "Repeats the recommendation of line {first} by the same State with different details; merged into it.",
  "row.voluntaryPledges":
    "Voluntary pledges not imported (they are the reviewed State's own commitments, not recommendations): {count}.",
  "row.observations": "Concerns/observations not imported (they are not recommendations): {count}.",
  "row.tooManyIssues": "More than {limit} problems; the rest are not listed.",
  "cell.historyWithoutDate":
    "'{value}' has no date in this column, so it is not added to the recommendation's history.",
  "history.note": "Imported from {file} (a Treaty Tracker export).",
  "commit.refused": "The file has {count} errors; nothing was imported. Correct the lines listed and import it again.",
  "row.cellCount": "This row has {count} cells; the header has {expected}.",
} as const;

export type ImportMessageKey = keyof typeof importMessagesEn;
type Params = Record<string, string | number>;

const catalogues: Record<string, Partial<Record<ImportMessageKey, string>>> = { en: importMessagesEn };

export function importMessage(key: ImportMessageKey, params: Params = {}, locale = DEFAULT_LOCALE): string {
  const template = catalogues[locale.split("-")[0]]?.[key] ?? importMessagesEn[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // Line numbers and counts of lines are identifiers, not quantities: never grouped ("line 6094").
    return typeof value === "number"
      ? numberFormat(locale, { useGrouping: name !== "line" && name !== "first" }).format(value)
      : value;
  });
}

/** Collects issues, each one naming its line and column, and stops listing after a cap. */
export class IssueLog {
  readonly issues: ImportIssue[] = [];
  private dropped = 0;
  constructor(private readonly cap: number) {}

  add(
    severity: ImportIssue["severity"],
    line: number,
    column: string | null,
    key: ImportMessageKey,
    params: Params = {},
  ) {
    if (this.issues.length >= this.cap) {
      // Errors still matter for "may this be committed?", so one is kept even past the cap.
      if (severity === "error" && !this.issues.some((i) => i.severity === "error"))
        this.issues.push(this.make(severity, line, column, key, params));
      this.dropped++;
      return;
    }
    this.issues.push(this.make(severity, line, column, key, params));
  }
  error(line: number, column: string | null, key: ImportMessageKey, params: Params = {}) {
    this.add("error", line, column, key, params);
  }
  warning(line: number, column: string | null, key: ImportMessageKey, params: Params = {}) {
    this.add("warning", line, column, key, params);
  }
  /** A whole-file refusal whose sentence was already written by importMessage (ZipRefusal, XmlRefusal). */
  refuse(message: string) {
    this.issues.push({ line: 0, column: null, severity: "error", message });
  }
  finish(): ImportIssue[] {
    if (this.dropped > 0) this.issues.push(this.make("warning", 0, null, "row.tooManyIssues", { limit: this.cap }));
    return this.issues;
  }
  private make(
    severity: ImportIssue["severity"],
    line: number,
    column: string | null,
    key: ImportMessageKey,
    params: Params,
  ): ImportIssue {
    const detail = importMessage(key, params);
    const message =
      line <= 0
        ? detail
        : column
          ? importMessage("at.cell", { line, column, detail })
          : importMessage("at.line", { line, detail });
    return { line, column, severity, message };
  }
}
