/**
 * The message catalogues (messages/<language>/*.json, ICU syntax) and the one function
 * that formats them. next-intl's translator (use-intl) does the ICU work — plurals with
 * Russian's one/few/many, selects, argument order — so no sentence is built by
 * concatenation; this module adds the tracker's number rule: counts are grouped the
 * locale's way ("300 000"), identifiers (years, lines, ids) never are ("2011", "line 6094").
 */
import { createTranslator } from "use-intl/core";
import enCore from "../../messages/en/core.json";
import enExport from "../../messages/en/export.json";
import enFollowUp from "../../messages/en/follow-up.json";
import enImport from "../../messages/en/import.json";
import enPublic from "../../messages/en/public.json";
import enReports from "../../messages/en/reports.json";
import enSuggestions from "../../messages/en/suggestions.json";
import enValidation from "../../messages/en/validation.json";
import enPagesWork from "../../messages/en/pages-work.json";
import enPagesSite from "../../messages/en/pages-site.json";
import enPagesAdmin from "../../messages/en/pages-admin.json";
import enFiles from "../../messages/en/files.json";
import enLabels from "../../messages/en/labels.json";
import enLimits from "../../messages/en/limits.json";
import ruCore from "../../messages/ru/core.json";
import ruExport from "../../messages/ru/export.json";
import ruFollowUp from "../../messages/ru/follow-up.json";
import ruImport from "../../messages/ru/import.json";
import ruPublic from "../../messages/ru/public.json";
import ruReports from "../../messages/ru/reports.json";
import ruSuggestions from "../../messages/ru/suggestions.json";
import ruValidation from "../../messages/ru/validation.json";
import ruPagesWork from "../../messages/ru/pages-work.json";
import ruPagesSite from "../../messages/ru/pages-site.json";
import ruPagesAdmin from "../../messages/ru/pages-admin.json";
import ruFiles from "../../messages/ru/files.json";
import ruLabels from "../../messages/ru/labels.json";
import ruLimits from "../../messages/ru/limits.json";
import { numberFormat } from "./format";
import { INTL_LOCALES, localeOf, type Locale } from "./locales";

type Tree = { [key: string]: string | Tree };

/** Files of one language merged into one tree; two files defining one message is a mistake, so it throws. */
export function mergeCatalogues(files: Record<string, Tree>): Tree {
  const out: Tree = {};
  const into = (target: Tree, source: Tree, path: string, file: string) => {
    for (const [key, value] of Object.entries(source)) {
      const here = path ? `${path}.${key}` : key;
      const existing = target[key];
      if (typeof value === "string" || typeof existing === "string") {
        if (existing !== undefined) throw new Error(`The message ${here} is defined twice (again in ${file}).`);
        target[key] = value;
      } else into((target[key] ??= {}) as Tree, value, here, file);
    }
  };
  for (const [file, tree] of Object.entries(files)) into(out, tree, "", file);
  return out;
}

export type Messages = typeof enCore &
  typeof enFollowUp &
  typeof enPublic &
  typeof enReports &
  typeof enSuggestions &
  typeof enExport &
  typeof enImport &
  typeof enValidation &
  typeof enPagesWork &
  typeof enPagesSite &
  typeof enPagesAdmin &
  typeof enFiles &
  typeof enLabels &
  typeof enLimits;
/** The keys of a tree's messages, "story.outstandingSince" style. */
export type LeafKeys<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafKeys<T[K]>}`;
}[keyof T & string];

export const CATALOGUE_FILES: Record<Locale, Record<string, Tree>> = {
  en: {
    core: enCore,
    "follow-up": enFollowUp,
    public: enPublic,
    reports: enReports,
    suggestions: enSuggestions,
    export: enExport,
    import: enImport,
    validation: enValidation,
    "pages-work": enPagesWork,
    "pages-site": enPagesSite,
    "pages-admin": enPagesAdmin,
    files: enFiles,
    labels: enLabels,
    limits: enLimits,
  },
  ru: {
    core: ruCore,
    "follow-up": ruFollowUp,
    public: ruPublic,
    reports: ruReports,
    suggestions: ruSuggestions,
    export: ruExport,
    import: ruImport,
    validation: ruValidation,
    "pages-work": ruPagesWork,
    "pages-site": ruPagesSite,
    "pages-admin": ruPagesAdmin,
    files: ruFiles,
    labels: ruLabels,
    limits: ruLimits,
  },
};

export const catalogues: Record<Locale, Tree> = {
  en: mergeCatalogues(CATALOGUE_FILES.en),
  ru: mergeCatalogues(CATALOGUE_FILES.ru),
};

export type Params = Record<string, string | number>;
type Translator = (key: string, values?: Record<string, string | number>) => string;

const translators = new Map<Locale, Translator>();
function translatorFor(language: Locale): Translator {
  let translate = translators.get(language);
  if (!translate) {
    const created = createTranslator({
      locale: INTL_LOCALES[language],
      messages: catalogues[language],
      timeZone: "UTC",
      // A message missing from this language falls back to English (the parity test keeps this rare);
      // a missing parameter is a programming error, shown as the key rather than a crash.
      onError: () => undefined,
      getMessageFallback: ({ key, namespace }) => {
        const full = namespace ? `${namespace}.${key}` : key;
        return language === "en" ? full : translatorFor("en")(full);
      },
    });
    translate = created as unknown as Translator;
    translators.set(language, translate);
  }
  return translate;
}

/** The raw ICU text of a message (for the selector rule below and the catalogue tests). */
export function rawMessage(language: Locale, key: string): string | undefined {
  let node: string | Tree | undefined = catalogues[language];
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

const selectorsCache = new Map<string, Set<string>>();
/** Parameters a message chooses a plural/select branch by: these stay numbers for ICU. */
function selectors(language: Locale, key: string): Set<string> {
  const cacheKey = `${language}|${key}`;
  let names = selectorsCache.get(cacheKey);
  if (!names) {
    const raw = rawMessage(language, key) ?? rawMessage("en", key) ?? "";
    names = new Set([...raw.matchAll(/\{\s*(\w+)\s*,\s*(?:plural|selectordinal)\b/g)].map((m) => m[1]));
    selectorsCache.set(cacheKey, names);
  }
  return names;
}

/** Parameters that are identifiers, not quantities: never grouped. */
const IDENTIFIER = /(?:year|^line|^first|^id|^session|^paragraph|^ordinal)$/i;

export type FormatOptions = { grouping?: boolean };

/**
 * Formats message `key` for `locale` — a language ("ru") or an Intl locale ("ru-RU", "en-GB");
 * anything else falls back to English.
 */
export function formatMessage(key: string, params: Params = {}, locale = "en", options: FormatOptions = {}): string {
  const language = localeOf(locale) ?? "en";
  const intlLocale = locale.includes("-") && localeOf(locale) ? locale : INTL_LOCALES[language];
  const chooseBy = selectors(language, key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== "number" || chooseBy.has(name)) values[name] = value;
    else if (IDENTIFIER.test(name)) values[name] = String(value);
    else
      values[name] = numberFormat(intlLocale, options.grouping === false ? { useGrouping: false } : undefined).format(
        value,
      );
  }
  return translatorFor(language)(key, values);
}
