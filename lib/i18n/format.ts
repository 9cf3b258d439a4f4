/**
 * Locale-aware formatting. Dates in the tracker may be partial ("2011",
 * "2023-11", "2024-04-02") because sources often give only a year or month;
 * each precision is formatted as such, never padded into a false day.
 */
import { currentIntlLocale } from "./current-locale";

/** The Intl locale of English, the language every catalogue is written in first. */
export const DEFAULT_LOCALE = "en-GB";

// Building an Intl formatter is costly (it showed in report profiles); keep one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, precision: "year" | "month" | "day"): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = formatters.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      precision === "year"
        ? { year: "numeric" }
        : precision === "month"
          ? { year: "numeric", month: "long" }
          : { year: "numeric", month: "long", day: "numeric" };
    f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: "UTC" });
    formatters.set(key, f);
  }
  return f;
}

export function formatPartialDate(value: string | null | undefined, locale = currentIntlLocale()): string {
  if (!value) return "";
  const [y, m, d] = value.split("-").map(Number);
  if (!y) return value;
  if (!m) return dateFormat(locale, "year").format(Date.UTC(y, 0, 1));
  if (!d) return dateFormat(locale, "month").format(Date.UTC(y, m - 1, 1));
  return dateFormat(locale, "day").format(Date.UTC(y, m - 1, d));
}

/**
 * One Intl.NumberFormat / Intl.PluralRules per locale and options, reused: building one
 * costs ≈ 60 µs (PluralRules ≈ 20 µs), formatting with it ≈ 1 µs, and a dashboard page
 * formats a thousand numbers.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}
const pluralRulesByLocale = new Map<string, Intl.PluralRules>();
export function pluralRules(locale: string): Intl.PluralRules {
  let r = pluralRulesByLocale.get(locale);
  if (!r) pluralRulesByLocale.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

export function formatDateTime(value: Date | number, locale = currentIntlLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(value);
}

export function formatNumber(value: number, locale = currentIntlLocale(), options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/**
 * A share as a whole percentage — except where rounding would say "0%" of
 * something that exists or "100%" of something incomplete (1 of 321 is 0.3%,
 * not 0%): those keep one decimal.
 */
export function formatPercent(share: number, locale = currentIntlLocale()): string {
  const whole = Math.round(share * 100);
  const misleading = (whole === 0 && share > 0) || (whole === 100 && share < 1);
  return numberFormat(locale, { style: "percent", maximumFractionDigits: misleading ? 1 : 0 }).format(share);
}

const listFormats = new Map<string, Intl.ListFormat>();
/** "a, b and c" in the locale's own words (Intl.ListFormat), one formatter per locale. */
export function formatList(items: readonly string[], locale = currentIntlLocale()): string {
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(locale, { style: "long", type: "conjunction" })));
  return f.format(items);
}

/** Weekday names Monday first ("Mon" … "Sun" in English), for calendar headers. */
export function weekdayNames(locale = currentIntlLocale(), width: "short" | "long" = "short"): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: "UTC" });
  // 5 January 2026 was a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2026, 0, 5 + i)));
}

/** The day of the month as the locale writes it ("29"). */
export function formatDayOfMonth(day: string, locale = currentIntlLocale()): string {
  const [y, m, d] = day.split("-").map(Number);
  return dateFormatDay(locale).format(Date.UTC(y, m - 1, d));
}
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormatDay(locale: string): Intl.DateTimeFormat {
  let f = dayFormats.get(locale);
  if (!f) dayFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { day: "numeric", timeZone: "UTC" })));
  return f;
}

/** A file size the locale's way: "512 kB", "1.2 MB". */
export function formatBytes(bytes: number, locale = currentIntlLocale()): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, "megabyte"] : [bytes / 1000, "kilobyte"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}
