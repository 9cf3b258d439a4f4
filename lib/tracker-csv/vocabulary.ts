/**
 * Reading the tracker's own export back in whichever language it was written: headers,
 * vocabulary labels (statuses, state responses, UPR positions), UPR session cells and
 * references are looked up in every language's catalogue — the same messages the
 * exporter wrote them with — so a Russian export reads back exactly like an English one.
 */
import { formatMessage, rawMessage } from "../i18n/catalogue";
import { LOCALES, type Locale } from "../i18n/locales";
import { vocabularyLabel, type Vocabulary } from "../labels";
import { TRACKER_CSV_HEADERS, type TrackerColumnKey } from "./columns";

/** One column's header in `locale` ("Current status", «Текущий статус»). */
export function trackerHeader(key: TrackerColumnKey, locale: string): string {
  return formatMessage(`files.columns.${key}`, {}, locale);
}

/** Every spelling of one column's header: the English interface name first, then each language's. */
export function trackerHeaderNames(key: TrackerColumnKey): string[] {
  return [...new Set([TRACKER_CSV_HEADERS[key], ...LOCALES.map((l) => trackerHeader(key, l))])];
}

/** A vocabulary's stored keys by their label in every language (lower case) and by the key itself. */
export function labelLookup<K extends string>(vocabulary: Vocabulary, keys: readonly K[]): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of keys) {
    map.set(key.toLowerCase(), key);
    for (const locale of LOCALES) map.set(normalise(vocabularyLabel(vocabulary, key, locale)), key);
  }
  return map;
}

/** Case, runs of spaces and the spacing around "/" do not matter ("Supported / Noted", "supported/noted"). */
export function normalise(label: string): string {
  return label
    .replace(/\s+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim()
    .toLowerCase();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A message as a pattern: its literal text escaped, each `{name}` a capture group
 * (`groups` may narrow what one captures); spaces match any run of spaces. Only plain-parameter messages are used here.
 */
function messagePattern(locale: Locale, key: string, groups: Record<string, string>): RegExp | null {
  const raw = rawMessage(locale, key);
  if (!raw) return null;
  const source = raw
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name ? `(?<${name}>${groups[name] ?? ".+?"})` : escapeRegExp(part).replace(/ +/g, "\\s*");
    })
    .join("");
  return new RegExp(`^${source}$`, "iu");
}

let sessionPatterns: RegExp[] | null = null;
/**
 * The UPR session a cycle cell names: "UPR 20" (older exports), "UPR session 20",
 * «Сессия УПО 20» — or null for a treaty-body cycle ("2") or anything else.
 */
export function uprSessionOfCycle(cell: string): number | null {
  const value = cell.replace(/\s+/g, " ").trim();
  const short = /^UPR ?(\d+)$/i.exec(value) ?? /^УПО ?(\d+)$/iu.exec(value);
  if (short) return Number(short[1]);
  sessionPatterns ??= LOCALES.map((l) => messagePattern(l, "cycle.uprSession", { session: "\\d+" })).filter(
    (p): p is RegExp => p !== null,
  );
  for (const pattern of sessionPatterns) {
    const session = pattern.exec(value)?.groups?.session;
    if (session) return Number(session);
  }
  return null;
}

let paragraphPatterns: RegExp[] | null = null;
/**
 * "CCPR/C/KAZ/CO/1, para. 23", «CCPR/C/KAZ/CO/1, п. 23» → its source and paragraph
 * (lib/recommendation-title.ts writes them with the message ref.withParagraph);
 * a part without a paragraph is all source.
 */
export function splitReference(part: string): { source: string; paragraph: string | null } {
  paragraphPatterns ??= LOCALES.map((l) => messagePattern(l, "ref.withParagraph", {})).filter(
    (p): p is RegExp => p !== null,
  );
  for (const pattern of paragraphPatterns) {
    const m = pattern.exec(part);
    if (m?.groups?.source && m.groups.paragraph)
      return { source: m.groups.source.trim(), paragraph: m.groups.paragraph.trim() };
  }
  return { source: part.trim(), paragraph: null };
}
