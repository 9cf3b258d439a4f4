/**
 * The language of the request being served, for code that formats without being handed one.
 * This module is shared with client bundles, so it knows no request: the server registers how
 * to find the request's language (lib/i18n/request-locale.ts); client components pass theirs
 * from next-intl's useLocale() (lib/i18n/use-t.ts).
 */
import { INTL_LOCALES, localeOf, type Locale } from "./locales";

let resolver: () => Locale | undefined = () => undefined;
let fallback: Locale = "en";

export function registerLocaleResolver(find: () => Locale | undefined, defaultLocale: Locale): void {
  resolver = find;
  fallback = defaultLocale;
}

/** The request's language, else the configured default. */
export function currentLocale(): Locale {
  return resolver() ?? fallback;
}

/** The Intl locale to format with: the one given ("ru-RU", or a language "ru"), else the request's. */
export function currentIntlLocale(locale?: string | null): string {
  if (locale) return locale.includes("-") || !localeOf(locale) ? locale : INTL_LOCALES[localeOf(locale)!];
  return INTL_LOCALES[currentLocale()];
}
