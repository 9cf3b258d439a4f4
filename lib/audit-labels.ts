/**
 * The audit log in words people read: one label per kind of record, per
 * action and per field, and every stored value as it reads on the record's own
 * screen (dates, lists, statuses). The audit entries keep the stored keys; only
 * their presentation goes through here (lib/data/audit-log.ts). A label table,
 * translatable like lib/labels.ts.
 */
import type { ActionStatus, GradeLetter, Role, Stance, Status, UprPosition } from "../db/schema/enums";
import { formatDateTime, formatNumber, formatPartialDate } from "./i18n/format";
import { t } from "./i18n/messages";
import { toText } from "./to-text";
import {
  ACTION_STATUS_LABELS,
  BODY_KIND_LABELS,
  DOCUMENT_KIND_LABELS,
  EVIDENCE_KIND_LABELS,
  GRADE_LABELS,
  INSTITUTION_KIND_LABELS,
  ROLE_LABELS,
  STANCE_LABELS,
  STATUS_LABELS,
  UPR_POSITION_LABELS,
} from "./labels";

/**
 * Kinds of record as the log shows and filters them. `stored` lists the entity
 * keys written under that kind: an export of recommendations is logged as
 * "recommendations", every other recommendation entry as "recommendation".
 */
export const AUDIT_ENTITY_TYPES = {
  recommendation: { label: "Recommendation", stored: ["recommendation", "recommendations"] },
  state_response: { label: "State response", stored: ["state_response"] },
  follow_up_grade: { label: "Follow-up grade", stored: ["follow_up_grade"] },
  assessment: { label: "Assessment", stored: ["assessment"] },
  evidence: { label: "Evidence", stored: ["evidence"] },
  reiteration: { label: "Reiteration link", stored: ["reiteration"] },
  state: { label: "State", stored: ["state"] },
  body: { label: "Body", stored: ["body"] },
  review_cycle: { label: "Review cycle", stored: ["review_cycle"] },
  document: { label: "Document", stored: ["document"] },
  tag: { label: "Tag", stored: ["tag"] },
  user: { label: "User", stored: ["user"] },
  api_token: { label: "API token", stored: ["api_token"] },
  import_batch: { label: "Import", stored: ["import_batch"] },
  report: { label: "State report", stored: ["report"] },
  settings: { label: "Organisation settings", stored: ["settings"] },
  demo: { label: "Demo data", stored: ["demo"] },
  reiteration_dismissal: { label: "Dismissed suggestion", stored: ["reiteration_dismissal"] },
  institution: { label: "Institution", stored: ["institution"] },
  action: { label: "Action", stored: ["action"] },
  action_progress: { label: "Progress note", stored: ["action_progress"] },
  cycle_event: { label: "Cycle event", stored: ["cycle_event"] },
  follow: { label: "Follow", stored: ["follow"] },
  calendar_feed: { label: "Calendar feed", stored: ["calendar_feed"] },
  user_preferences: { label: "E-mail preferences", stored: ["user_preferences"] },
  share_link: { label: "Share link", stored: ["share_link"] },
} as const satisfies Record<string, { label: string; stored: readonly string[] }>;
export type AuditEntityType = keyof typeof AUDIT_ENTITY_TYPES;

/** The kind of record a stored entity key belongs to (unknown keys stand for themselves). */
export function auditEntityType(stored: string): AuditEntityType | null {
  for (const [type, def] of Object.entries(AUDIT_ENTITY_TYPES))
    if ((def.stored as readonly string[]).includes(stored)) return type as AuditEntityType;
  return null;
}

export function auditEntityLabel(stored: string): string {
  const type = auditEntityType(stored);
  return type ? AUDIT_ENTITY_TYPES[type].label : humanise(stored);
}

/** The stored keys to match when filtering by a kind of record. */
export function storedEntities(type: string): string[] {
  return type in AUDIT_ENTITY_TYPES ? [...AUDIT_ENTITY_TYPES[type as AuditEntityType].stored] : [type];
}

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: "Created",
  update: "Changed",
  archive: "Archived",
  restore: "Restored",
  delete: "Removed",
  link: "Attached evidence",
  import: "Imported",
  export: "Exported",
  seed: "Loaded",
  change_password: "Changed the password",
  follow: "Followed",
  unfollow: "Stopped following",
  revoke: "Revoked",
  sign_in_failed: "Failed sign-in",
  lock_out: "Locked sign-in",
  unsubscribe: "Unsubscribed",
  open: "Opened",
};
export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? humanise(action);

/** Labels of the fields audit entries carry, whatever the record. */
const FIELD_LABELS: Record<string, string> = {
  // recommendations
  cycleId: "Review cycle",
  documentId: "Source document",
  paragraph: "Paragraph",
  subject: "Subject",
  text: "Text",
  isFollowUp: "Selected for follow-up",
  followUpDeadline: "Follow-up deadline",
  uprPosition: "UPR position",
  uprPositionRaw: "UPR position (as written)",
  uprPositionSource: "Source of the UPR position",
  uprActionCategory: "Action category",
  stateId: "State",
  bodyId: "Body",
  year: "Year",
  status: "Current status",
  statusDate: "Status date",
  latestStance: "Latest state response",
  latestStanceDate: "Date of the latest state response",
  latestGrade: "Latest follow-up grade",
  chainStartYear: "First year of its reiteration chain",
  reiteratesEarlier: "Reiterates an earlier recommendation",
  reiteratedLater: "Reiterated by a later recommendation",
  archived: "Archived",
  themes: "Themes",
  affectedPersons: "Affected persons",
  sdgs: "SDG targets",
  recommendingStates: "Recommending states",
  // history rows
  recommendationId: "Recommendation",
  date: "Date",
  quote: "Quote",
  stance: "Stance",
  notes: "Notes",
  fromUprPosition: "Recorded from the UPR position",
  createdById: "Recorded by",
  gradeAsWritten: "Grade (as written)",
  gradeLetter: "Grade",
  rationale: "Rationale",
  authorId: "Author",
  authorName: "Author (as written)",
  evidenceId: "Evidence",
  earlierId: "Earlier recommendation",
  note: "Note",
  // evidence and documents
  kind: "Kind",
  title: "Title",
  summary: "Summary",
  sourceDocumentId: "Source document",
  sourceUrl: "Source link",
  symbol: "UN symbol",
  url: "Link",
  publisher: "Publisher",
  // reference records
  code: "Code",
  name: "Name",
  treaty: "Treaty or basis",
  ordinal: "Cycle number",
  uprSession: "UPR session",
  reportDate: "State report date",
  sessionDate: "Session date",
  adoptionDate: "Adopted",
  nextReportDue: "Next report due",
  followUpParagraphs: "Follow-up paragraphs",
  // actions, institutions, follows
  description: "Description",
  dueDate: "Due date",
  focalPointName: "Focal point",
  focalPointContact: "Focal point's contact",
  institutionIds: "Responsible institutions",
  institutions: "Responsible institutions",
  institutionId: "Institution",
  actionId: "Action",
  progress: "Progress notes",
  digest: "E-mail digest",
  dismissedById: "Dismissed by",
  // people
  email: "Email",
  role: "Role",
  disabled: "Disabled",
  userId: "User",
  label: "Label",
  expiresAt: "Expires",
  address: "Client address",
  failures: "Failed sign-ins in a row",
  until: "Locked until",
  // imports, exports, the demo
  fileName: "File",
  format: "Format",
  sha256: "File fingerprint (SHA-256)",
  created: "Recommendations created",
  updated: "Recommendations updated",
  skipped: "Rows skipped",
  duplicatesMerged: "Duplicate rows merged",
  dryRun: "Dry run",
  history: "History added",
  positionResponses: "UPR positions recorded as state responses",
  keptEdits: "Rows left as an editor changed them",
  keptEditRows: "Rows left as an editor changed them",
  line: "Line",
  editedSinceImport: "Changed in the tracker since its import",
  filters: "Filters",
  rows: "Rows",
  recommendations: "Recommendations",
  evidence: "Evidence items",
  source: "Source",
  // organisation settings
  organisationName: "Organisation name",
  disclaimer: "Disclaimer",
  logo: "Logo",
  updatedAt: "Last changed",
};

/** Where the same field name means something else on one kind of record. */
const FIELD_LABELS_BY_ENTITY: Record<string, Record<string, string>> = {
  assessment: { status: "Status", date: "Assessed on" },
  evidence: { public: "Shown on the public portal" },
  state: { published: "Published on the public portal" },
  share_link: {
    view: "View shared",
    frozen: "Figures frozen when made",
    revoked: "Revoked",
    opens: "Times opened",
    createdBy: "Made by",
  },
  action: { status: "Status" },
  reiteration_dismissal: { recommendationId: "Later recommendation", earlierId: "Dismissed earlier recommendation" },
  reiteration: { recommendationId: "Later recommendation" },
  // keptEditRows: [{ line, id }] — the id is the recommendation's.
  import_batch: { batchId: "Import", id: "Recommendation" },
};

/** Fields an entry carries that say nothing to a reader: the record's own id, and the edit counter. */
const HIDDEN_FIELDS = new Set(["id", "version", "createdAt", "batchId"]);
export const isHiddenField = (field: string) => HIDDEN_FIELDS.has(field);

export function hasFieldLabel(entity: string, field: string): boolean {
  return field in (FIELD_LABELS_BY_ENTITY[entity] ?? {}) || field in FIELD_LABELS;
}

export function auditFieldLabel(entity: string, field: string): string {
  return FIELD_LABELS_BY_ENTITY[entity]?.[field] ?? FIELD_LABELS[field] ?? humanise(field);
}

/** "someField" → "Some field": the last resort for a field added later without a label. */
function humanise(key: string): string {
  const words = key
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Fields whose value is the id of another record, and which kind of record. */
export const ID_FIELDS: Record<string, string> = {
  cycleId: "review_cycle",
  documentId: "document",
  sourceDocumentId: "document",
  stateId: "state",
  bodyId: "body",
  recommendationId: "recommendation",
  earlierId: "recommendation",
  evidenceId: "evidence",
  authorId: "user",
  createdById: "user",
  userId: "user",
  tagId: "tag",
};

const KIND_LABELS: Record<string, Record<string, string>> = {
  document: DOCUMENT_KIND_LABELS,
  evidence: EVIDENCE_KIND_LABELS,
  body: BODY_KIND_LABELS,
  tag: { theme: "Theme", affected_persons: "Affected persons", sdg: "SDG target" },
  reiteration: { reiterates: "Reiterates", follows_up: "Follows up" },
  institution: INSTITUTION_KIND_LABELS,
};
const FORMAT_LABELS: Record<string, string> = {
  csv: "CSV",
  xlsx: "Excel",
  pdf: "PDF",
  "upr-info": "UPR Info database export",
  "ohchr-docx": "OHCHR UPR thematic list",
  uhri: "Universal Human Rights Index export",
  "tracker-csv": "Treaty Tracker CSV export",
};

const isDateField = (field: string) =>
  field === "date" || /Date$/.test(field) || field === "followUpDeadline" || field === "nextReportDue";

/**
 * A stored value as text, the way the record's own screen writes it. Ids,
 * filters and import history need the database and are worded by the caller;
 * this handles everything that reads on its own. "" for nothing recorded.
 */
export function formatAuditValue(entity: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? t("audit.yes") : t("audit.no");
  if (Array.isArray(value)) return value.map((v) => formatAuditValue(entity, field, v)).join(", ");
  if (typeof value === "number")
    return /year$/i.test(field) || field === "ordinal" ? String(value) : formatNumber(value);
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${auditFieldLabel(entity, k)}: ${formatAuditValue(entity, k, v)}`)
      .join("; ");
  }
  const text = typeof value === "string" ? value : toText(value);
  if (field === "updatedAt" || field === "at") {
    const when = new Date(text);
    return Number.isNaN(when.getTime()) ? text : formatDateTime(when);
  }
  if (isDateField(field)) return formatPartialDate(text);
  if (field === "status" && entity === "action") return ACTION_STATUS_LABELS[text as ActionStatus] ?? text;
  if (field === "status" || field === "recommendationStatus") return STATUS_LABELS[text as Status] ?? text;
  if (field === "stance" || field === "latestStance") return STANCE_LABELS[text as Stance] ?? text;
  if (field === "gradeLetter" || field === "latestGrade")
    return GRADE_LABELS[text as GradeLetter]
      ? t("dashboard.gradeLabel", { grade: text, label: GRADE_LABELS[text as GradeLetter] })
      : text;
  if (field === "uprPosition") return UPR_POSITION_LABELS[text as UprPosition] ?? text;
  if (field === "role") return ROLE_LABELS[text as Role] ?? text;
  if (field === "kind") return KIND_LABELS[entity]?.[text] ?? text;
  if (field === "format") return FORMAT_LABELS[text] ?? text;
  // A fingerprint identifies a file; its first characters are enough to compare two imports by eye.
  if (field === "sha256") return `${text.slice(0, 12)}…`;
  return text;
}
