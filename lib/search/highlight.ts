/**
 * Highlighted excerpt of a recommendation for a text query, computed in
 * JavaScript on the page's rows. SQLite's snippet() re-runs the full-text
 * query for every row it is asked about (about 1 ms a row at 300,000), which
 * is most of a page's time; this folds words the way the index's tokenizer
 * does (unicode61 remove_diacritics 2: lower case, accents stripped) and
 * marks the words that match a query term or prefix.
 */
import type { SnippetSegment } from "./snippet";

const WORD = /[\p{L}\p{N}]+/gu;

export function foldWord(w: string): string {
  return w
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

export type QueryTerms = { exact: Set<string>; prefixes: string[] };

/** The words of a user's query as the index sees them: phrase words exact, bare words also as prefixes. */
export function queryTerms(input: string | undefined | null): QueryTerms {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  if (!input) return { exact, prefixes };
  for (const m of input.normalize("NFC").matchAll(/"([^"]*)("|$)|([^\s"]+)/g)) {
    const words = [...(m[1] ?? m[3] ?? "").matchAll(WORD)].map((w) => foldWord(w[0]));
    words.forEach((w, i) => {
      // As in toFtsQuery: the last part of a bare word is a prefix when longer than one character.
      if (m[3] !== undefined && i === words.length - 1 && w.length > 1) prefixes.push(w);
      else exact.add(w);
    });
  }
  return { exact, prefixes };
}

function isHit(word: string, terms: QueryTerms): boolean {
  const f = foldWord(word);
  return terms.exact.has(f) || terms.prefixes.some((p) => f.startsWith(p));
}

/**
 * Segments of `text` around its first hit, at most `maxWords` words, with "…"
 * where it was cut. Text without a hit gives its beginning (the match was in
 * the subject, paragraph or symbol).
 */
export function highlight(text: string, terms: QueryTerms, maxWords = 32): SnippetSegment[] {
  const words = [...text.matchAll(WORD)];
  if (!words.length) return [{ text, hit: false }];
  const first = Math.max(
    0,
    words.findIndex((w) => isHit(w[0], terms)),
  );
  const startWord = words.length <= maxWords ? 0 : Math.max(0, Math.min(first - 6, words.length - maxWords));
  const endWord = Math.min(words.length, startWord + maxWords);
  const from = startWord === 0 ? 0 : words[startWord].index;
  const to = endWord === words.length ? text.length : words[endWord - 1].index + words[endWord - 1][0].length;
  const out: SnippetSegment[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const prev = out.at(-1);
    if (prev && prev.hit === hit) prev.text += s;
    else out.push({ text: s, hit });
  };
  if (from > 0) push("…", false);
  let pos = from;
  for (let i = startWord; i < endWord; i++) {
    const w = words[i];
    if (!isHit(w[0], terms)) continue;
    push(text.slice(pos, w.index), false);
    push(w[0], true);
    pos = w.index + w[0].length;
  }
  push(text.slice(pos, to), false);
  if (to < text.length) push("…", false);
  return out;
}
