/**
 * Validation and write-error sentences, with named parameters so a Russian
 * catalogue can reorder them (never build these by concatenation).
 * Kept apart from lib/i18n/messages.ts so the validation layer stays plain
 * data that forms, the API, the import and scripts can all load.
 */
import { formatMessage, type LeafKeys, type Messages } from "../i18n/catalogue";
import { currentIntlLocale } from "../i18n/current-locale";

export type ValidationMessageKey = LeafKeys<Messages["validation"]>;

/** The message for `key` with `{name}` placeholders filled in (numbers ungrouped: limits, ids). */
export function vmsg(
  key: ValidationMessageKey,
  params: Record<string, string | number> = {},
  locale = currentIntlLocale(),
): string {
  return formatMessage(`validation.${key}`, params, locale, { grouping: false });
}

/** Lists values the locale's way ("A, B or C"). */
export function listOf(values: readonly string[], locale = currentIntlLocale()): string {
  return new Intl.ListFormat(locale, { type: "disjunction" }).format(values);
}

/** Names of record types as messages use them. */
export const ENTITY_LABELS: Record<string, string> = {
  state: "state",
  body: "body",
  review_cycle: "review cycle",
  document: "document",
  recommendation: "recommendation",
  state_response: "state response",
  follow_up_grade: "follow-up grade",
  assessment: "assessment",
  evidence: "evidence item",
  tag: "tag",
  reiteration: "reiteration link",
  reiteration_dismissal: "dismissed reiteration candidate",
  user: "user",
  institution: "institution",
  action: "action",
  action_progress: "progress note",
  cycle_event: "cycle event",
  follow: "follow",
  notification: "notification",
  settings: "organisation settings",
};
