import "server-only";
import type { Executor } from "../../db";
import type { ImportRecord } from "../import/types";
import { suggestTags, type TagSuggestion } from "./tag-suggestions";

/**
 * Themes for imported recommendations that come without any, from the
 * recommendations already tagged in the tracker (lib/data/tag-suggestions.ts).
 * The wizard's preview shows them as chips; they are applied only to what an
 * editor accepted chip by chip, or to every untagged recommendation when the
 * editor ticked "Apply suggestions".
 */
export type ThemeChoice = { applyAll: boolean; accepted: ReadonlyMap<number, readonly string[]> };

/** A suggestion this good is applied by "Apply suggestions"; weaker ones wait for a click. */
export const APPLY_MIN_SCORE = 0.3;
const APPLY_MAX = 2;
/** The preview shows so many untagged recommendations; "Apply suggestions" covers them all. */
export const PREVIEW_SUGGESTIONS = 12;

export type PreviewSuggestion = { line: number; text: string; suggestions: TagSuggestion[] };

export function untaggedCount(records: readonly ImportRecord[]): number {
  return records.filter((r) => !r.themes.length).length;
}

export function previewThemeSuggestions(db: Executor, records: readonly ImportRecord[]): PreviewSuggestion[] {
  return records
    .filter((r) => !r.themes.length)
    .slice(0, PREVIEW_SUGGESTIONS)
    .map((r) => ({ line: r.line, text: r.text, suggestions: suggestTags(db, "theme", r.text, { limit: 4 }) }))
    .filter((p) => p.suggestions.length > 0);
}

/** Gives the untagged records the themes chosen for them; returns how many records got themes. */
export function applyThemeChoices(db: Executor, records: ImportRecord[], choice: ThemeChoice): number {
  let tagged = 0;
  for (const r of records) {
    if (r.themes.length) continue;
    const accepted = choice.accepted.get(r.line);
    const themes = accepted?.length
      ? [...accepted]
      : choice.applyAll
        ? suggestTags(db, "theme", r.text, { limit: APPLY_MAX })
            .filter((s) => s.score >= APPLY_MIN_SCORE)
            .map((s) => s.name)
        : [];
    if (themes.length) {
      r.themes = themes;
      tagged++;
    }
  }
  return tagged;
}
