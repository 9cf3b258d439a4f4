/**
 * The controlled vocabularies (db/schema/enums.ts) as the rest of the app
 * names them: pages and components import them from here, never from db/.
 */
export {
  ACTION_STATUSES,
  DIGEST_FREQUENCIES,
  INSTITUTION_KINDS,
  NOTIFICATION_KINDS,
  type ActionStatus,
  type DigestFrequency,
  type InstitutionKind,
  type NotificationKind,
  BODY_KINDS,
  DOCUMENT_KINDS,
  EVIDENCE_KINDS,
  GRADE_LETTERS,
  REITERATION_KINDS,
  ROLES,
  STANCES,
  STATUSES,
  TAG_KINDS,
  UPR_POSITIONS,
  type BodyKind,
  type DocumentKind,
  type EvidenceKind,
  type GradeLetter,
  type ReiterationKind,
  type Role,
  type Stance,
  type Status,
  type TagKind,
  type UprPosition,
} from "../../db/schema/enums";
