/**
 * The controlled vocabularies of the domain (see README "Vocabulary" and
 * shared/docs/domain.md). Values are stored as these stable English keys;
 * labels for display live in lib/labels so they can be translated.
 */
export const BODY_KINDS = ["treaty_body", "upr", "special_procedure"] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const DOCUMENT_KINDS = [
  "state_report",
  "list_of_issues",
  "list_of_issues_prior_to_reporting",
  "reply_to_list_of_issues",
  "concluding_observations",
  "follow_up_report",
  "follow_up_assessment",
  "upr_report",
  "upr_addendum",
  "shadow_report",
  "court_decision",
  "news_article",
  "law",
  "other",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** "noted" is the UPR's own word for a recommendation the state under review did not support (domain.md). */
export const STANCES = ["accepts", "partially_accepts", "noted", "rejects", "no_information", "no_response"] as const;
export type Stance = (typeof STANCES)[number];

export const STATUSES = [
  "not_implemented",
  "partially_implemented",
  "implemented",
  "regressed",
  "no_information",
] as const;
export type Status = (typeof STATUSES)[number];

export const GRADE_LETTERS = ["A", "B", "C", "D", "E"] as const;
export type GradeLetter = (typeof GRADE_LETTERS)[number];

export const UPR_POSITIONS = ["supported", "noted", "supported_noted"] as const;
export type UprPosition = (typeof UPR_POSITIONS)[number];

export const TAG_KINDS = ["theme", "affected_persons", "sdg"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const REITERATION_KINDS = ["reiterates", "follows_up"] as const;
export type ReiterationKind = (typeof REITERATION_KINDS)[number];

export const EVIDENCE_KINDS = [
  "court_decision",
  "incident",
  "law",
  "news_article",
  "report",
  "statement",
  "other",
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const ROLES = ["admin", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** Who in the state is responsible for an action (national tracking systems use the same kinds). */
export const INSTITUTION_KINDS = ["ministry", "parliament", "court", "nhri", "ombudsperson", "other"] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const ACTION_STATUSES = ["planned", "in_progress", "done", "abandoned"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How often a user is mailed a digest of what is new and due on what they follow. */
export const DIGEST_FREQUENCIES = ["none", "daily", "weekly"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/**
 * In-app notifications: something new recorded on a followed item, or one of its
 * deadlines coming up (30, 7, 1 days ahead) or just passed.
 */
export const NOTIFICATION_KINDS = [
  "response",
  "grade",
  "assessment",
  "evidence",
  "due_30",
  "due_7",
  "due_1",
  "overdue",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a share link (/s/<token>) shows: one view, read-only. */
export const SHARE_VIEWS = ["dashboard", "state-report", "recommendation"] as const;
export type ShareView = (typeof SHARE_VIEWS)[number];
