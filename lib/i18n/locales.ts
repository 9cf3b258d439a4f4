/**
 * The languages the tracker speaks. A language is a folder of catalogues in messages/
 * (docs/translating.md); this list, its Intl locale and its name are all that code knows of it.
 */
export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];

/** The Intl locale each language formats dates and numbers with ("2 April 2024", "2 апреля 2024 г."). */
export const INTL_LOCALES: Record<Locale, string> = { en: "en-GB", ru: "ru-RU" };

/** Each language's own name, shown in the language switcher whatever the current language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский" };

/** The cookie that keeps a signed-out visitor's choice (the name next-intl uses). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** "ru-RU", "ru", "en-GB" → the language it belongs to, or null for a language the tracker lacks. */
export function localeOf(tag: string | null | undefined): Locale | null {
  const language = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return isLocale(language) ? language : null;
}

/**
 * The first language of an Accept-Language header the tracker speaks, by the header's
 * q-values ("ru-RU,ru;q=0.9,en;q=0.8" → ru); null when it names none of them.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .slice(0, 500)
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = localeOf(tag);
    if (locale) return locale;
  }
  return null;
}

export type LocaleSources = {
  /** `?lang=` on an export: the one-off choice of this file. */
  query?: string | null;
  /** The language kept in the signed-in user's profile. */
  profile?: string | null;
  /** The NEXT_LOCALE cookie (the choice of a signed-out visitor). */
  cookie?: string | null;
  acceptLanguage?: string | null;
  fallback: Locale;
};

/** The rule every page, file and message follows: ?lang=, profile, cookie, browser, DEFAULT_LOCALE. */
export function chooseLocale(s: LocaleSources): Locale {
  return (
    (isLocale(s.query) ? s.query : null) ??
    (isLocale(s.profile) ? s.profile : null) ??
    (isLocale(s.cookie) ? s.cookie : null) ??
    negotiateLocale(s.acceptLanguage) ??
    s.fallback
  );
}
