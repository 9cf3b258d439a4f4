/**
 * How a recommendation is named and cited on every screen, in the exports and
 * in the PDF report:
 *
 * - its **title** is the subject staff gave it, else the first sentence of its
 *   text, cut at a word boundary when long (never mid-word);
 * - the text shown beside a title never repeats it (`textAfterTitle`);
 * - its **reference** is what people cite it by: "CCPR/C/KAZ/CO/1, para. 23",
 *   or for a UPR recommendation without a document "UPR session 7 (2010)" —
 *   and nothing at all when nothing is known, never a placeholder.
 */
import { currentIntlLocale } from "./i18n/current-locale";
import { t } from "./i18n/messages";
import { uprYearForSession } from "./import/upr-sessions";

/** Lists and links: a title up to this many characters. */
export const TITLE_MAX = 160;
/** A recommendation's own page: a whole one-sentence UPR recommendation usually fits. */
export const HEADING_MAX = 320;

type Titled = { subject: string | null; text: string };

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
// ICU breaks after "Mr. " before a capital; these abbreviations never end a sentence in UN texts.
const NO_BREAK_AFTER = /\b(?:Mr|Mrs|Ms|Dr|No|Nos|[Aa]rts?|[Pp]aras?|[Vv]ol|St|[Cc]h|pp?)\.\s*$/;

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** The first sentence of a text (the whole text when it has one sentence). */
export function firstSentence(text: string): string {
  const clean = squash(text);
  let sentence = "";
  for (const { segment } of segmenter.segment(clean)) {
    sentence += segment;
    if (!NO_BREAK_AFTER.test(sentence)) break;
  }
  return sentence.trim();
}

/** At most `max` characters, cut at the last space before the limit, with an ellipsis; punctuation at the cut is dropped. */
export function cutAtWord(text: string, max: number): string {
  const clean = squash(text);
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max);
  const space = room.lastIndexOf(" ");
  // A single word longer than the limit (a URL) is the one case cut inside a word.
  const kept = space > max / 3 ? room.slice(0, space) : room;
  return `${kept.replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** The subject, else the first sentence (cut at a word boundary beyond `max` characters). */
export function recommendationTitle(r: Titled, max = TITLE_MAX): string {
  const subject = r.subject?.trim();
  if (subject) return subject;
  return cutAtWord(firstSentence(r.text), max);
}

/** True when the title already says the whole text (no subject, one short sentence): show the text only once. */
export function titleIsWholeText(r: Titled, max = TITLE_MAX): boolean {
  if (r.subject?.trim()) return false;
  return recommendationTitle(r, max) === squash(r.text);
}

/**
 * What a list shows under the title without repeating it: the whole text under
 * a subject; the rest of the text after a first-sentence title (from "…" when
 * the title was cut inside the sentence); null when the title is all of it.
 */
export function textAfterTitle(r: Titled, max = TITLE_MAX): string | null {
  const text = squash(r.text);
  if (r.subject?.trim()) return text || null;
  const sentence = firstSentence(text);
  const title = recommendationTitle(r, max);
  if (title === sentence) {
    const rest = text.slice(sentence.length).trim();
    return rest || null;
  }
  // The title is the start of the sentence, cut: carry on where it stopped.
  const shown = title.slice(0, -1).length;
  const rest = text.slice(shown).replace(/^[\s,;:.–—-]+/, "");
  return rest ? `…${rest}` : null;
}

export type Citable = {
  symbol: string | null;
  paragraph: string | null;
  uprSession?: number | null;
  year?: number | null;
};

/**
 * "CCPR/C/KAZ/CO/1, para. 23", "CCPR/C/KAZ/CO/1", "UPR session 20 (2014)",
 * "UPR session 20 (2014), para. 186.20", "para. 23" — or null when neither a
 * document, a UPR session nor a paragraph is known.
 */
export function recommendationReference(r: Citable, locale = currentIntlLocale()): string | null {
  const source = r.symbol
    ? r.symbol
    : r.uprSession
      ? t("ref.uprSession", { session: r.uprSession, year: r.year ?? uprYearForSession(r.uprSession) }, locale)
      : null;
  if (source && r.paragraph) return t("ref.withParagraph", { source, paragraph: r.paragraph }, locale);
  if (source) return source;
  return r.paragraph ? t("story.paragraph", { paragraph: r.paragraph }, locale) : null;
}

/** "France, Norway and Poland": the states that made a UPR recommendation, as the source names them. */
export function recommendingStatesText(names: readonly string[], locale = currentIntlLocale()): string | null {
  if (names.length === 0) return null;
  return t("ref.recommendedBy", { states: new Intl.ListFormat(locale, { type: "conjunction" }).format(names) }, locale);
}
