import {
  ACTION_STATUSES,
  BODY_KINDS,
  DIGEST_FREQUENCIES,
  DOCUMENT_KINDS,
  EVIDENCE_KINDS,
  GRADE_LETTERS,
  INSTITUTION_KINDS,
  ROLES,
  STANCES,
  STATUSES,
  UPR_POSITIONS,
  type ActionStatus,
  type BodyKind,
  type DigestFrequency,
  type DocumentKind,
  type EvidenceKind,
  type InstitutionKind,
  type Role,
  type Stance,
  type Status,
  type UprPosition,
} from "../db/schema/enums";
import type { StatusKey } from "./domain/status-counts";
import { formatMessage, type Messages } from "./i18n/catalogue";
import { currentLocale } from "./i18n/current-locale";

export type Vocabulary = keyof Messages["labels"] & keyof typeof VOCABULARY_KEYS;

/** Record types as sentences name them ("The recommendation was changed…"), keyed as the audit log stores them. */
export const ENTITY_KINDS = [
  "state",
  "body",
  "review_cycle",
  "document",
  "recommendation",
  "state_response",
  "follow_up_grade",
  "assessment",
  "evidence",
  "tag",
  "reiteration",
  "reiteration_dismissal",
  "user",
  "institution",
  "action",
  "action_progress",
  "cycle_event",
  "follow",
  "notification",
  "settings",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const VOCABULARY_KEYS = {
  status: STATUSES,
  stance: STANCES,
  uprPosition: UPR_POSITIONS,
  bodyKind: BODY_KINDS,
  documentKind: DOCUMENT_KINDS,
  evidenceKind: EVIDENCE_KINDS,
  role: ROLES,
  grade: GRADE_LETTERS,
  institutionKind: INSTITUTION_KINDS,
  actionStatus: ACTION_STATUSES,
  digest: DIGEST_FREQUENCIES,
  entity: ENTITY_KINDS,
} as const;

/** The label of one stored vocabulary key in `locale` (client components pass useLocale()'s). */
export function vocabularyLabel(vocabulary: Vocabulary, key: string, locale?: string): string {
  return formatMessage(`labels.${vocabulary}.${key}`, {}, locale ?? currentLocale());
}

/**
 * A vocabulary's labels as a lookup table whose values are read in the request's language at
 * the moment they are read (lib/i18n/current-locale.ts), so `STATUS_LABELS[status]` in a page
 * or a file speaks its reader's language. Client components have no request: they call
 * vocabularyLabel(…, useLocale()) instead.
 */
function localized<K extends string>(vocabulary: Vocabulary): Record<K, string> {
  const keys = VOCABULARY_KEYS[vocabulary] as readonly string[];
  const target = Object.fromEntries(keys.map((k) => [k, k]));
  return new Proxy(target, {
    get: (table, key) =>
      typeof key === "string" && Object.hasOwn(table, key) ? vocabularyLabel(vocabulary, key) : undefined,
    getOwnPropertyDescriptor: (table, key) =>
      typeof key === "string" && Object.hasOwn(table, key)
        ? { value: vocabularyLabel(vocabulary, key), enumerable: true, configurable: true, writable: false }
        : undefined,
  }) as Record<K, string>;
}

/** Display labels for stored vocabulary keys (domain.md wording), one table per vocabulary, in the reader's language. */
export const STATUS_LABELS: Record<Status, string> = localized("status");
/** "Not assessed": the label of a recommendation no one has assessed yet. */
export function notAssessedLabel(locale?: string): string {
  return formatMessage("labels.notAssessed", {}, locale ?? currentLocale());
}

export const STANCE_LABELS: Record<Stance, string> = localized("stance");

export const UPR_POSITION_LABELS: Record<UprPosition, string> = localized("uprPosition");

export const BODY_KIND_LABELS: Record<BodyKind, string> = localized("bodyKind");

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = localized("documentKind");

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = localized("evidenceKind");

export const ROLE_LABELS: Record<Role, string> = localized("role");

/** Follow-up grades A–E in the Human Rights Committee's own words (domain.md). */
export const GRADE_LABELS: Record<"A" | "B" | "C" | "D" | "E", string> = localized("grade");

/** The label of a status as counted (lib/domain/status-counts.ts): "none" is "Not assessed". */
export function statusLabel(key: StatusKey, locale?: string): string {
  return key === "none"
    ? notAssessedLabel(locale)
    : locale
      ? vocabularyLabel("status", key, locale)
      : STATUS_LABELS[key];
}

/** Display order of statuses everywhere (charts, legends, tables): worst news first. */
export const STATUS_ORDER = [
  "not_implemented",
  "regressed",
  "partially_implemented",
  "implemented",
  "no_information",
  "none",
] as const;

export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, string> = localized("institutionKind");

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = localized("actionStatus");

export const DIGEST_LABELS: Record<DigestFrequency, string> = localized("digest");

export const ENTITY_LABELS: Record<EntityKind, string> = localized("entity");
