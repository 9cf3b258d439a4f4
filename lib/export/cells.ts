/**
 * Cell-level helpers shared by the CSV and XLSX writers: formula-injection
 * neutralisation, partial-date handling, lists and references.
 */
import { currentIntlLocale } from "../i18n/current-locale";
import { TRACKER_LIST_SEPARATOR } from "../tracker-csv/columns";
import { recommendationReference } from "../recommendation-title";
import type { RecommendationRef } from "./types";

/**
 * Spreadsheet ("CSV") injection: Excel, LibreOffice and Google Sheets treat a cell
 * whose text begins with =, +, - or @ as a formula, and a leading tab or carriage
 * return can smuggle one past naive checks. Recommendation texts, quotes and tags are
 * typed by people or imported from third parties, so a text like
 * `=HYPERLINK("http://evil","Click")` would become a live link (or worse, DDE) in the
 * spreadsheet of whoever opens the export. OWASP's guidance
 * (https://owasp.org/www-community/attacks/CSV_Injection) is to prefix such cells with a
 * single quote, which every spreadsheet shows as text.
 *
 * A value that already begins with apostrophes followed by a trigger character gets one
 * more, so {@link restoreNeutralisedCell} can undo the prefix exactly on re-import.
 */
const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return NEEDS_PREFIX.test(value) ? `'${value}` : value;
}

/** Inverse of {@link neutraliseCell}, for importing a file this app exported. */
export function restoreNeutralisedCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Multi-value cells (themes, SDGs, references) in one cell, readable and filterable. */
export const LIST_SEPARATOR = TRACKER_LIST_SEPARATOR;

export function joinList(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A full ISO date becomes a UTC Date (a real spreadsheet date); a partial one ("2011", "2023-11") stays null. */
export function fullIsoDate(value: string | null | undefined): Date | null {
  const m = value ? FULL_DATE.exec(value) : null;
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3]) ? null : date;
}

/**
 * "CCPR/C/KAZ/CO/1, para. 23", "UPR session 20 (2014)" — how one recommendation
 * is cited (lib/recommendation-title.ts); "" when nothing is known, so callers leave it out.
 */
export function formatRef(ref: RecommendationRef, locale = currentIntlLocale()): string {
  return recommendationReference(ref, locale) ?? "";
}
