/**
 * Locale-aware formatting. Dates in the tracker may be partial ("2011",
 * "2023-11", "2024-04-02") because sources often give only a year or month;
 * each precision is formatted as such, never padded into a false day.
 */
export const DEFAULT_LOCALE = "en-GB";

export function formatPartialDate(value: string | null | undefined, locale = DEFAULT_LOCALE): string {
  if (!value) return "";
  const [y, m, d] = value.split("-").map(Number);
  if (!y) return value;
  if (!m) return new Intl.DateTimeFormat(locale, { year: "numeric", timeZone: "UTC" }).format(Date.UTC(y, 0, 1));
  if (!d) return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(Date.UTC(y, m - 1, 1));
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d));
}

export function formatDateTime(value: Date | number, locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(value);
}

export function formatNumber(value: number, locale = DEFAULT_LOCALE, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

export function formatPercent(share: number, locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
}
