/**
 * The lexical model behind reiteration candidates and tag suggestions: a text
 * becomes the Snowball stems of its content words, so "ratify", "ratifying" and
 * "ratification" meet, as do "рекомендации" and "рекомендациям".
 *
 * Language: Cyrillic text is Russian; Latin text is English, French or Spanish,
 * whichever has most function words in it (English when none). Stems are
 * folded to lower case without diacritics after stemming ("État" = "etat"),
 * because the French and Spanish stemmers need the accents to find suffixes.
 *
 * Deterministic and pure: the database calls `indexTerms` from its triggers
 * (db/index.ts registers it as the SQL function lexical_terms), so the same
 * text must always give the same terms.
 */
import { newStemmer, type Stemmer } from "snowball-stemmers";
import { expandAcronyms } from "./acronyms";
import { withoutSymbols } from "./citations";
import { GENRE_WORDS, STOPWORDS, type Language } from "./stopwords";

const LANGUAGES: Language[] = ["english", "french", "spanish", "russian"];
const stemmers = Object.fromEntries(LANGUAGES.map((l) => [l, newStemmer(l)])) as Record<Language, Stemmer>;

/** The JS Snowball port takes ~15 µs a word; a text repeats few words the corpus has not seen. */
const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();

function stemWord(word: string, language: Language): string {
  const key = `${language[0]}${word}`;
  let stem = stemCache.get(key);
  if (stem === undefined) {
    stem = fold(stemmers[language].stem(word));
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(key, stem);
  }
  return stem;
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/ё/g, "е");

const WORD = /[\p{L}\p{N}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

export function detectLanguage(words: string[]): Language {
  let cyrillic = 0;
  for (const w of words) if (CYRILLIC.test(w)) cyrillic++;
  if (cyrillic * 2 > words.length) return "russian";
  let best: Language = "english";
  let bestHits = 0;
  for (const language of ["english", "french", "spanish"] as const) {
    const stop = STOPWORDS[language];
    let hits = 0;
    for (const w of words) if (stop.has(w)) hits++;
    if (hits > bestHits) [best, bestHits] = [language, hits];
  }
  return best;
}

/** A content word of a text: its stem and the word as first written there (for reasons people read). */
export type Term = { stem: string; word: string };

/**
 * The content words of a text, in order, with repeats, abbreviations spelt out
 * (lib/suggestions/acronyms.ts). Left out: document symbols (citations are a
 * signal of their own), function words, one-letter tokens and pure numbers
 * (paragraph and article numbers, years), which say nothing about the subject.
 */
export function lexicalTerms(text: string): Term[] {
  const words = (expandAcronyms(withoutSymbols(text.normalize("NFC")))
    .toLowerCase()
    .match(WORD) ?? []) as string[];
  const language = detectLanguage(words);
  const stop = STOPWORDS[language];
  const out: Term[] = [];
  for (const w of words) {
    if (w.length < 2 || stop.has(w) || /^\d+$/.test(w)) continue;
    // A Latin word inside a Russian text (CEDAW, OPCAT) is stemmed as English, and vice versa.
    const lang: Language = CYRILLIC.test(w) ? "russian" : language === "russian" ? "english" : language;
    const stem = stemWord(w, lang);
    if (stem.length >= 2) out.push({ stem, word: w });
  }
  return out;
}

/** What the similarity index stores for a text: its stems, space-separated, repeats kept (term frequency). */
export function indexTerms(text: string | null | undefined): string {
  if (!text) return "";
  return lexicalTerms(text)
    .map((t) => t.stem)
    .join(" ");
}

/** Term frequencies of a text, and for each stem the first word it came from. */
export function termVector(text: string): { tf: Map<string, number>; words: Map<string, string> } {
  const tf = new Map<string, number>();
  const words = new Map<string, string>();
  for (const t of lexicalTerms(text)) {
    tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
    if (!words.has(t.stem)) words.set(t.stem, t.word);
  }
  return { tf, words };
}

let genreStems: Set<string> | null = null;
/** Whether a stem belongs to the genre's boilerplate ("State party", "ensure"): never named as a reason. */
export function isGenreStem(stem: string): boolean {
  // A lone word gives no language to detect: take its stem in each of them.
  genreStems ??= new Set(
    [...GENRE_WORDS].flatMap((w) =>
      LANGUAGES.filter((l) => CYRILLIC.test(w) === (l === "russian")).map((l) => stemWord(w.toLowerCase(), l)),
    ),
  );
  return genreStems.has(stem);
}
