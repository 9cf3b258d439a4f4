/**
 * Validation and write-error sentences, with named parameters so a Russian
 * catalogue can reorder them (never build these by concatenation).
 * Kept apart from lib/i18n/messages.ts so the validation layer stays plain
 * data that forms, the API, the import and scripts can all load.
 */
import { formatMessage, type LeafKeys, type Messages } from "../i18n/catalogue";
import { currentIntlLocale } from "../i18n/current-locale";

export type ValidationMessageKey = LeafKeys<Messages["validation"]>;

/** The message for `key` with `{name}` placeholders filled in (numbers ungrouped: limits, ids). */
export function vmsg(
  key: ValidationMessageKey,
  params: Record<string, string | number> = {},
  locale = currentIntlLocale(),
): string {
  return formatMessage(`validation.${key}`, params, locale, { grouping: false });
}

/**
 * A zod error for `key`, formatted when a value is checked rather than when the schema is built:
 * schemas are built once, at start-up, when no request (and so no reader's language) exists.
 */
export function lazyError(key: ValidationMessageKey, params: Record<string, string | number> = {}) {
  return { error: () => vmsg(key, params) };
}
export type LazyError = ReturnType<typeof lazyError>;

/** Lists values the locale's way ("A, B or C"). */
export function listOf(values: readonly string[], locale = currentIntlLocale()): string {
  return new Intl.ListFormat(locale, { type: "disjunction" }).format(values);
}
