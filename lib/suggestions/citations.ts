/**
 * Citations of earlier UN recommendations inside a recommendation's text, in
 * the forms the bodies write them:
 *
 *   "(see CCPR/C/KAZ/CO/1, para. 23)"
 *   "its previous recommendation (CCPR/C/KAZ/CO/1, para. 23)"
 *   "reiterates its previous recommendations (A/HRC/16/10, paras. 94.1–94.3)"
 *   "(CERD/C/KAZ/CO/6-7, paras. 12, 15 and 17)", "(E/C.12/KAZ/CO/1, para. 23 (a) and (c))"
 *   "paragraph 23 of its previous concluding observations (CCPR/C/KAZ/CO/1)"
 *   French "par. 23", Spanish "párr. 23", Russian "пункт 23" / "п. 23".
 *
 * Symbols are recognised and spelt canonically by lib/un-symbol.ts; a symbol
 * cited without a paragraph is a citation of the whole document.
 */
import { parseUnSymbol } from "../un-symbol";

export type Citation = {
  /** Canonical symbol ("CCPR/C/KAZ/CO/1"). */
  symbol: string;
  /** Paragraphs as "23", "94.1", "23 (a)"; empty when the document is cited as a whole. */
  paragraphs: string[];
};

/** A range longer than this is a typing error, not a citation of 10,000 paragraphs. */
const MAX_RANGE = 60;

const PREFIX = String.raw`(?:CCPR|CERD|CEDAW|CAT|CRC|CMW|CRPD|CED|E\s?/\s?C\.12|A\s?/\s?HRC)`;
// Segments are letters, digits and dashes, with ".N" inside ("SR.3271", "WG.6", "Add. 1"), so a sentence's full stop stays out.
const SYMBOL = new RegExp(String.raw`(?<![\p{L}\p{N}/])${PREFIX}(?:\s?/\s?[A-Za-z0-9\-–]+(?:\.\s?\d+)*\.?)+`, "gu");
const PARA_WORD =
  String.raw`(?:paras?\.?|paragraphs?|pars?\.|paragraphes?|párrs?\.|párrafos?|parr\.|` +
  String.raw`пункт(?:ы|ах|ов|а|ам)?|пп?\.)`;
const DASH = String.raw`\s*(?:-|–|—|to|à|al|a|по)\s*`;
const REF = String.raw`\d{1,4}(?:\.\d{1,4})*(?:\s?\(\s?[a-z]{1,5}\s?\))*`;
const SUB = String.raw`\(\s?[a-z]{1,5}\s?\)`;
const JOIN = String.raw`\s*(?:,|;|and|et|y|и|&)?\s*`;
/** A list of paragraph references: "23", "94.1–94.3", "12, 15 and 17", "23 (a) and (c)". */
const LIST = String.raw`(?:${REF}(?:${DASH}${REF})?)(?:${JOIN}(?:(?:${REF}(?:${DASH}${REF})?)|${SUB}))*`;
const AFTER = new RegExp(String.raw`^\s*[,;]?\s*${PARA_WORD}\s*(${LIST})`, "iu");
const BEFORE = new RegExp(String.raw`${PARA_WORD}\s*(${LIST})\s+(?:of|de|del|из)\b[^()]{0,80}?\(?\s*$`, "iu");

/** The text without its document symbols (cited documents are matched by citation, not by wording). */
export function withoutSymbols(text: string): string {
  return text.replace(SYMBOL, " ");
}

export function parseCitations(text: string): Citation[] {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(SYMBOL)) {
    const found = readSymbol(m[0]);
    if (!found) continue;
    const end = m.index + found.length;
    const after = AFTER.exec(text.slice(end, end + 200));
    const before = after ? null : BEFORE.exec(text.slice(Math.max(0, m.index - 160), m.index));
    const paragraphs = expandList((after ?? before)?.[1] ?? "");
    const set = out.get(found.symbol) ?? new Set<string>();
    for (const p of paragraphs) set.add(p);
    out.set(found.symbol, set);
  }
  return [...out].map(([symbol, set]) => ({ symbol, paragraphs: [...set] }));
}

/**
 * The longest prefix of a symbol-like run that lib/un-symbol accepts: the run
 * may carry the sentence's punctuation ("CCPR/C/KAZ/CO/1." or "…/CO/1),").
 */
function readSymbol(raw: string): { symbol: string; length: number } | null {
  let s = raw.replace(/[–—]/g, "-");
  while (s.length > 0) {
    const trimmed = s.replace(/[.\-/]+$/, "");
    const parsed = parseUnSymbol(trimmed);
    if (parsed.ok) return { symbol: parsed.value.symbol, length: trimmed.length };
    // Drop the last segment and try again ("CCPR/C/KAZ/CO/1/paras" is not a symbol, its start is).
    const cut = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("."));
    if (cut <= 0) return null;
    s = trimmed.slice(0, cut);
  }
  return null;
}

const REF_RE = new RegExp(REF, "iu");
const ITEM_RE = new RegExp(String.raw`(${REF})(?:${DASH}(${REF}))?|(${SUB})`, "giu");

/** "12, 15 and 17" → 12, 15, 17; "94.1–94.3" → 94.1, 94.2, 94.3; "23 (a) and (c)" → 23 (a), 23 (c). */
export function expandList(list: string): string[] {
  const out: string[] = [];
  let lastNumber: string | null = null;
  for (const m of list.matchAll(ITEM_RE)) {
    if (m[3]) {
      if (lastNumber) out.push(`${lastNumber} ${normaliseSub(m[3])}`);
      continue;
    }
    const from = normaliseRef(m[1]);
    lastNumber = from.replace(/\s*\(.*$/, "");
    if (!m[2]) {
      out.push(from);
      continue;
    }
    out.push(...expandRange(from, normaliseRef(m[2])));
  }
  return out;
}

function expandRange(from: string, to: string): string[] {
  const a = from.split(".");
  const b = to.split(".");
  // "94.1–3" means 94.1–94.3.
  const full = b.length < a.length ? [...a.slice(0, a.length - b.length), ...b] : b;
  const head = a.slice(0, -1).join(".");
  if (/\(/.test(from + to) || head !== full.slice(0, -1).join(".")) return [from, to];
  const lo = Number(a.at(-1));
  const hi = Number(full.at(-1));
  if (!(hi > lo) || hi - lo > MAX_RANGE) return [from, full.join(".")];
  return Array.from({ length: hi - lo + 1 }, (_, i) => (head ? `${head}.${lo + i}` : String(lo + i)));
}

const normaliseSub = (s: string) => `(${s.replace(/[()\s]/g, "").toLowerCase()})`;
function normaliseRef(ref: string): string {
  const m = REF_RE.exec(ref);
  const text = m ? m[0] : ref;
  const number = text.match(/^\d+(?:\.\d+)*/)![0];
  const subs = [...text.matchAll(/\(\s?([a-z]{1,5})\s?\)/giu)].map((s) => normaliseSub(s[1]));
  return [number, ...subs].join(" ");
}

/** Paragraph spellings compared loosely: "23 (a)", "23(a)" and "23 (A)" are one. */
export function paragraphKey(paragraph: string): string {
  return paragraph.replace(/\s+/g, "").toLowerCase();
}

/**
 * Whether a recorded paragraph answers a cited one: the same, one of its
 * sub-paragraphs ("23" cited, "23 (a)" recorded) or the paragraph it belongs to
 * ("23 (a)" cited, only "23" recorded).
 */
export function paragraphMatches(cited: string, recorded: string): boolean {
  const c = paragraphKey(cited);
  const r = paragraphKey(recorded);
  return c === r || c.startsWith(`${r}(`) || r.startsWith(`${c}(`);
}
