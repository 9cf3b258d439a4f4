/**
 * Every language's catalogues say the same things as English: the same files, the same keys, the same
 * parameters, valid ICU, and plural branches for every category the language's plural rules produce
 * (CLDR: Russian needs one, few, many and other). A translator who forgets a key, renames a
 * placeholder or leaves out "few" is told here, not by a user meeting an English sentence or a raw key.
 * How the catalogues are organised: docs/translating.md.
 */
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { CATALOGUE_FILES, mergeCatalogues } from "@/lib/i18n/catalogue";
import { INTL_LOCALES, LOCALES } from "@/lib/i18n/locales";
import { t } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → message, for every message of one catalogue file. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const here = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(here, value);
    else for (const [k, v] of flatten(value, here)) out.set(k, v);
  }
  return out;
}

type ArgumentKind = "simple" | "plural" | "selectordinal" | "select" | "tag";
type PluralUse = { name: string; ordinal: boolean; branches: string[] };

/** The arguments a message uses (name → how), and each plural it chooses by, nested ones included. */
function argumentsOf(elements: MessageFormatElement[]) {
  const args = new Map<string, ArgumentKind>();
  const plurals: PluralUse[] = [];
  const visit = (list: MessageFormatElement[]) => {
    for (const el of list) {
      switch (el.type) {
        case TYPE.argument:
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          if (!args.has(el.value)) args.set(el.value, "simple");
          break;
        case TYPE.select:
          args.set(el.value, "select");
          for (const option of Object.values(el.options)) visit(option.value);
          break;
        case TYPE.plural:
          args.set(el.value, el.pluralType === "ordinal" ? "selectordinal" : "plural");
          plurals.push({ name: el.value, ordinal: el.pluralType === "ordinal", branches: Object.keys(el.options) });
          for (const option of Object.values(el.options)) visit(option.value);
          break;
        case TYPE.tag:
          args.set(el.value, "tag");
          visit(el.children);
          break;
        default:
          break;
      }
    }
  };
  visit(elements);
  return { args, plurals };
}

function parsed(message: string) {
  return argumentsOf(parse(message, { requiresOtherClause: true }));
}

const english = Object.fromEntries(Object.entries(CATALOGUE_FILES.en).map(([file, tree]) => [file, flatten(tree)]));
const fileNames = Object.keys(CATALOGUE_FILES.en).sort();

describe("English catalogues", () => {
  it.each(fileNames)("%s: every message is valid ICU", (file) => {
    const broken: string[] = [];
    for (const [key, message] of english[file]) {
      try {
        parsed(message);
      } catch {
        broken.push(key);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe.each(LOCALES.filter((l) => l !== "en"))("the %s catalogues", (locale) => {
  const intlLocale = INTL_LOCALES[locale];
  const required = {
    cardinal: new Intl.PluralRules(intlLocale).resolvedOptions().pluralCategories,
    ordinal: new Intl.PluralRules(intlLocale, { type: "ordinal" }).resolvedOptions().pluralCategories,
  };
  const files = CATALOGUE_FILES[locale] as Record<string, Tree>;

  it("has the same catalogue files as English", () => {
    expect(Object.keys(files).sort()).toEqual(fileNames);
  });

  describe.each(fileNames)("%s", (file) => {
    const translated = flatten(files[file] ?? {});

    it("has the same keys as English, no more and no fewer", () => {
      const missing = [...english[file].keys()].filter((k) => !translated.has(k));
      const extra = [...translated.keys()].filter((k) => !english[file].has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it("parses as ICU, message by message", () => {
      const broken: string[] = [];
      for (const [key, message] of translated) {
        try {
          parsed(message);
        } catch (error) {
          broken.push(`${key}: ${(error as Error).message}`);
        }
      }
      expect(broken).toEqual([]);
    });

    it("uses the same parameters as English, plurals and selects as such", () => {
      const differences: string[] = [];
      for (const [key, message] of translated) {
        const source = english[file].get(key);
        if (source === undefined) continue;
        let mine: Map<string, ArgumentKind>;
        try {
          mine = parsed(message).args;
        } catch {
          continue; // reported by the ICU test above
        }
        const theirs = parsed(source).args;
        const names = (m: Map<string, ArgumentKind>) => [...m.keys()].sort().join(", ");
        if (names(mine) !== names(theirs)) {
          differences.push(`${key}: {${names(mine)}} instead of {${names(theirs)}}`);
          continue;
        }
        // A language may need a plural where English has a bare number ("{count} outstanding"),
        // never the reverse, and a select chooses by the same data values in every language.
        for (const [name, kind] of theirs) {
          const own = mine.get(name);
          if (kind !== "simple" && own !== kind)
            differences.push(`${key}: {${name}} is a ${own} here, ${kind} in English`);
          if (kind === "simple" && own !== "simple" && own !== "plural")
            differences.push(`${key}: {${name}} is a ${own} here, a plain parameter in English`);
        }
      }
      expect(differences).toEqual([]);
    });

    it(`gives every plural the branches ${intlLocale} needs`, () => {
      const incomplete: string[] = [];
      for (const [key, message] of translated) {
        let plurals: PluralUse[];
        try {
          plurals = parsed(message).plurals;
        } catch {
          continue; // reported by the ICU test above
        }
        for (const plural of plurals) {
          const needed = plural.ordinal ? required.ordinal : required.cardinal;
          const lacking = needed.filter((category) => !plural.branches.includes(category));
          if (lacking.length) incomplete.push(`${key}: {${plural.name}} lacks ${lacking.join(", ")}`);
        }
      }
      expect(incomplete).toEqual([]);
    });
  });
});

describe("Russian through t()", () => {
  const grouped = (n: number) => new Intl.NumberFormat("ru-RU").format(n);

  it("chooses one, few and many as Russian does", () => {
    expect(t("count.recommendations", { count: 1 }, "ru")).toBe("1 рекомендация");
    expect(t("count.recommendations", { count: 3 }, "ru")).toBe("3 рекомендации");
    expect(t("count.recommendations", { count: 5 }, "ru")).toBe("5 рекомендаций");
    expect(t("count.recommendations", { count: 21 }, "ru")).toBe("21 рекомендация");
    expect(t("count.recommendations", { count: 12 }, "ru")).toBe("12 рекомендаций");
    expect(t("story.yearsOutstanding", { count: 1 }, "ru")).toBe("1 год без выполнения");
    expect(t("story.yearsOutstanding", { count: 3 }, "ru")).toBe("3 года без выполнения");
    expect(t("story.yearsOutstanding", { count: 5 }, "ru")).toBe("5 лет без выполнения");
    expect(t("story.yearsOutstanding", { count: 21 }, "ru")).toBe("21 год без выполнения");
  });

  it("groups counts the Russian way, with a non-breaking space, and never a year", () => {
    expect(grouped(300000)).toBe("300\u00a0000");
    expect(t("count.recommendations", { count: 300000 }, "ru")).toBe(`${grouped(300000)} рекомендаций`);
    expect(t("dashboard.ofTotal", { count: 300000, total: 1250000 }, "ru")).toBe(
      `${grouped(300000)} из ${grouped(1250000)}`,
    );
    expect(t("story.outstandingSince", { year: 2011 }, "ru")).toBe("Остаётся невыполненной с 2011 года");
  });

  it("reads the same message in English when asked for English", () => {
    expect(t("count.recommendations", { count: 3 }, "en")).toBe("3 recommendations");
    expect(t("count.recommendations", { count: 3 }, "ru-RU")).toBe("3 рекомендации");
  });
});

describe("mergeCatalogues", () => {
  it("throws when two files define the same message", () => {
    expect(() => mergeCatalogues({ core: { story: { title: "One" } }, reports: { story: { title: "Two" } } })).toThrow(
      /story\.title.*reports/,
    );
  });

  it("throws when one file's message is another file's group of messages", () => {
    expect(() => mergeCatalogues({ core: { story: "One" }, reports: { story: { title: "Two" } } })).toThrow(
      /story.*reports/,
    );
  });

  it("merges files that share a group but not a message", () => {
    expect(mergeCatalogues({ core: { story: { a: "A" } }, reports: { story: { b: "B" } } })).toEqual({
      story: { a: "A", b: "B" },
    });
  });
});
