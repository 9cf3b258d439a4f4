/**
 * The audit log in words people read: one label per kind of record, per
 * action and per field, and every stored value as it reads on the record's own
 * screen (dates, lists, statuses). The audit entries keep the stored keys; only
 * their presentation goes through here (lib/data/audit-log.ts). A label table,
 * translatable like lib/labels.ts: its words are admin.auditLabels.* messages.
 */
import type { ActionStatus, GradeLetter, Role, Stance, Status, UprPosition } from "../db/schema/enums";
import { formatDateTime, formatNumber, formatPartialDate } from "./i18n/format";
import enPagesAdmin from "../messages/en/pages-admin.json";
import type { Params } from "./i18n/catalogue";
import { LOCALE_NAMES, type Locale } from "./i18n/locales";
import { t, type MessageKey } from "./i18n/messages";
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
 * Kinds of record as the log shows and filters them (labels: admin.auditLabels.entity.* in
 * messages/<language>/pages-admin.json). `stored` lists the entity keys written under that
 * kind: an export of recommendations is logged as "recommendations", every other
 * recommendation entry as "recommendation".
 */
export const AUDIT_ENTITY_TYPES = {
  recommendation: { stored: ["recommendation", "recommendations"] },
  state_response: { stored: ["state_response"] },
  follow_up_grade: { stored: ["follow_up_grade"] },
  assessment: { stored: ["assessment"] },
  evidence: { stored: ["evidence"] },
  reiteration: { stored: ["reiteration"] },
  state: { stored: ["state"] },
  body: { stored: ["body"] },
  review_cycle: { stored: ["review_cycle"] },
  document: { stored: ["document"] },
  tag: { stored: ["tag"] },
  user: { stored: ["user"] },
  api_token: { stored: ["api_token"] },
  import_batch: { stored: ["import_batch"] },
  report: { stored: ["report"] },
  settings: { stored: ["settings"] },
  demo: { stored: ["demo"] },
  reiteration_dismissal: { stored: ["reiteration_dismissal"] },
  institution: { stored: ["institution"] },
  action: { stored: ["action"] },
  action_progress: { stored: ["action_progress"] },
  cycle_event: { stored: ["cycle_event"] },
  follow: { stored: ["follow"] },
  calendar_feed: { stored: ["calendar_feed"] },
  user_preferences: { stored: ["user_preferences"] },
  share_link: { stored: ["share_link"] },
} as const satisfies Record<string, { stored: readonly string[] }>;
export type AuditEntityType = keyof typeof AUDIT_ENTITY_TYPES;

/** The labels' messages, read from the English catalogue for which keys exist (every language has the same). */
const LABELS = enPagesAdmin.admin.auditLabels;
type Table = Record<string, unknown>;
const has = (table: Table | undefined, key: string) => !!table && Object.hasOwn(table, key);
const label = (key: string, params?: Params) => t(`admin.auditLabels.${key}` as MessageKey, params);

/** The kind of record a stored entity key belongs to (unknown keys stand for themselves). */
export function auditEntityType(stored: string): AuditEntityType | null {
  for (const [type, def] of Object.entries(AUDIT_ENTITY_TYPES))
    if ((def.stored as readonly string[]).includes(stored)) return type as AuditEntityType;
  return null;
}

export function auditEntityLabel(stored: string): string {
  const type = auditEntityType(stored);
  return type ? label(`entity.${type}`) : humanise(stored);
}

/** The stored keys to match when filtering by a kind of record. */
export function storedEntities(type: string): string[] {
  return type in AUDIT_ENTITY_TYPES ? [...AUDIT_ENTITY_TYPES[type as AuditEntityType].stored] : [type];
}

export const auditActionLabel = (action: string) =>
  has(LABELS.action, action) ? label(`action.${action}`) : humanise(action);

/** Fields an entry carries that say nothing to a reader: the record's own id, and the edit counter. */
const HIDDEN_FIELDS = new Set(["id", "version", "createdAt", "batchId"]);
export const isHiddenField = (field: string) => HIDDEN_FIELDS.has(field);

/**
 * Labels of the fields audit entries carry (field.*), and where the same field name means something else on one
 * kind of record (fieldOn.<entity>.*).
 */
export function hasFieldLabel(entity: string, field: string): boolean {
  return has((LABELS.fieldOn as Record<string, Table>)[entity], field) || has(LABELS.field, field);
}

export function auditFieldLabel(entity: string, field: string): string {
  if (has((LABELS.fieldOn as Record<string, Table>)[entity], field)) return label(`fieldOn.${entity}.${field}`);
  return has(LABELS.field, field) ? label(`field.${field}`) : humanise(field);
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
  institution: INSTITUTION_KIND_LABELS,
};
/** Kinds worded here rather than in lib/labels.ts: tags' and reiteration links'. */
const OWN_KIND_LABELS: Record<string, { key: string; table: Table }> = {
  tag: { key: "tagKind", table: LABELS.tagKind },
  reiteration: { key: "reiterationKind", table: LABELS.reiterationKind },
};

function kindLabel(entity: string, kind: string): string {
  const own = OWN_KIND_LABELS[entity];
  if (own) return has(own.table, kind) ? label(`${own.key}.${kind}`) : kind;
  return KIND_LABELS[entity]?.[kind] ?? kind;
}

/** Formats of files: product names stay as written, the importers' sources are described. */
const FILE_FORMATS: Record<string, string> = { csv: "CSV", xlsx: "Excel", pdf: "PDF" };
function formatLabel(format: string): string {
  return FILE_FORMATS[format] ?? (has(LABELS.format, format) ? label(`format.${format}`) : format);
}

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
      .map(([k, v]) =>
        label("fieldValue", { field: auditFieldLabel(entity, k), value: formatAuditValue(entity, k, v) }),
      )
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
  if (field === "kind") return kindLabel(entity, text);
  if (field === "format") return formatLabel(text);
  if (field === "locale") return LOCALE_NAMES[text as Locale] ?? text;
  // A fingerprint identifies a file; its first characters are enough to compare two imports by eye.
  if (field === "sha256") return `${text.slice(0, 12)}…`;
  return text;
}
