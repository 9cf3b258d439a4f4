/**
 * Turns what a user typed into a safe SQLite FTS5 MATCH expression.
 *
 * Every term is emitted as a double-quoted FTS5 string, so nothing the user
 * types can be read as FTS syntax (AND, OR, NOT, NEAR, column:, ^, +, *, ( ),
 * quotes); the tokenizer then splits and folds it like the indexed text.
 * - "quoted words" stay a phrase (words in that order);
 * - a bare word becomes a prefix term ("свобод" finds "свобода"), except a
 *   one-character word, which would expand to half the vocabulary;
 * - a bare word with punctuation inside ("CCPR/C/KAZ/CO/2", "40(b)") becomes
 *   the phrase of its parts, so a pasted symbol finds its document;
 * - terms are ANDed; a term with no letter or digit is dropped.
 * Returns null when nothing searchable is left (then no text filter applies).
 * Control characters are dropped first (a NUL would end the FTS5 string early).
 */
import { ValidationError } from "../errors";
import { cleanText } from "../text/clean";
import { vmsg } from "../validation/messages";

const WORDY = /[\p{L}\p{N}]/u;

/** Longer than any real search (a pasted paragraph is ~1,000 characters: search a phrase of it instead). */
export const MAX_QUERY_CHARS = 500;

/** A query past the limit is refused with the limit named (400 from the API, a message on the page), never ignored. */
export function assertQueryLength(input: string | undefined | null) {
  if (input && input.length > MAX_QUERY_CHARS)
    throw new ValidationError(vmsg("search.queryTooLong", { length: input.length, max: MAX_QUERY_CHARS }), {
      q: [vmsg("search.queryTooLong", { length: input.length, max: MAX_QUERY_CHARS })],
    });
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export function toFtsQuery(input: string | undefined | null): string | null {
  assertQueryLength(input);
  if (!input) return null;
  const terms: string[] = [];
  // Split into quoted phrases and the rest; an unbalanced quote runs to the end.
  const re = /"([^"]*)("|$)|([^\s"]+)/g;
  for (const m of cleanText(input).normalize("NFC").matchAll(re)) {
    const phrase = m[1];
    const word = m[3];
    if (phrase !== undefined) {
      if (WORDY.test(phrase)) terms.push(quote(phrase.trim()));
    } else if (word !== undefined && WORDY.test(word)) {
      const parts = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const last = parts.at(-1) ?? "";
      // Prefix on the last part so "CCPR/C/KAZ/CO" also finds CO/2 and a half-typed word still matches.
      terms.push(last.length > 1 ? `${quote(word)}*` : quote(word));
    }
  }
  return terms.length ? terms.join(" AND ") : null;
}

/**
 * Runs a statement that searches the full-text index: an FTS5 syntax error
 * (which the quoting above should make impossible, but SQLite is the judge) is
 * the user's query, so it is a 400 / a message, never a 500.
 */
export function searching<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if ((error as { code?: unknown })?.code === "SQLITE_ERROR" && /fts5|MATCH|unterminated string/i.test(message))
      throw new ValidationError(vmsg("search.badQuery"), { q: [vmsg("search.badQuery")] });
    throw error;
  }
}
