/**
 * Sentences of the import report, with named parameters so a Russian catalogue
 * can reorder them (same conventions as lib/i18n/messages.ts). Every issue
 * message names where it happened: "Line 14, column Response: …".
 */
import { formatMessage, type LeafKeys, type Messages } from "../i18n/catalogue";
import { currentIntlLocale } from "../i18n/current-locale";
import type { ImportIssue, SkippedRow } from "./types";

export type ImportMessageKey = LeafKeys<Messages["importFile"]>;
type Params = Record<string, string | number>;

export function importMessage(key: ImportMessageKey, params: Params = {}, locale = currentIntlLocale()): string {
  return formatMessage(`importFile.${key}`, params, locale);
}

/** Why a row was not imported, as a sentence ("Duplicate of line 12."). */
export function skipMessage(row: SkippedRow, locale = currentIntlLocale()): string {
  return importMessage(`skip.${row.reason}`, row.params ?? {}, locale);
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
