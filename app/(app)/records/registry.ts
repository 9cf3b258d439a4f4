import { t } from "@/lib/i18n/messages";
import "server-only";
import type { z } from "zod";
import type { ACCESS_POLICY, PolicyEntity } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { RequestContext } from "@/lib/context";
import { BODY_KINDS, DOCUMENT_KINDS, EVIDENCE_KINDS, INSTITUTION_KINDS, TAG_KINDS } from "@/lib/domain/enums";
import { cycleEventCreateSchema, cycleEventUpdateSchema } from "@/lib/validation/cycle-events";
import { institutionCreateSchema, institutionUpdateSchema } from "@/lib/validation/institutions";
import { bodyCreateSchema, bodyUpdateSchema } from "@/lib/validation/bodies";
import { cycleCreateSchema, cycleUpdateSchema } from "@/lib/validation/cycles";
import { documentCreateSchema, documentUpdateSchema } from "@/lib/validation/documents";
import { evidenceCreateSchema, evidenceUpdateSchema } from "@/lib/validation/evidence";
import { stateCreateSchema, stateUpdateSchema } from "@/lib/validation/states";
import { tagCreateSchema, tagUpdateSchema } from "@/lib/validation/tags";
import { BODY_KIND_LABELS, DOCUMENT_KIND_LABELS, EVIDENCE_KIND_LABELS, INSTITUTION_KIND_LABELS } from "@/lib/labels";
import {
  archiveCycleEvent,
  createCycleEvent,
  getCycleEvent,
  listCycleEvents,
  restoreCycleEvent,
  updateCycleEvent,
} from "@/lib/data/cycle-events";
import {
  archiveInstitution,
  createInstitution,
  getInstitution,
  listInstitutions,
  restoreInstitution,
  updateInstitution,
} from "@/lib/data/institutions";
import { archiveBody, createBody, getBody, listBodies, restoreBody, updateBody } from "@/lib/data/bodies";
import { archiveCycle, createCycle, getCycle, listCycles, restoreCycle, updateCycle } from "@/lib/data/cycles";
import {
  archiveDocument,
  createDocument,
  getDocument,
  listDocuments,
  restoreDocument,
  updateDocument,
} from "@/lib/data/documents";
import {
  archiveEvidence,
  createEvidence,
  getEvidence,
  listEvidence,
  restoreEvidence,
  updateEvidence,
} from "@/lib/data/evidence";
import { archiveState, createState, getState, listStates, restoreState, updateState } from "@/lib/data/states";
import { archiveTag, createTag, getTag, listTags, restoreTag, updateTag } from "@/lib/data/tags";
import { bodyOptions, cycleOptions, documentOptions, stateOptions } from "@/lib/data/options";
import type { FieldDef } from "@/app/_components/records/field-defs";
import { cycleNames } from "@/lib/data/record-names";
import { formatPartialDate } from "@/lib/i18n/format";
import { toText } from "@/lib/to-text";

type DB = RequestContext["db"];
/** Entities the access policy lets someone create, edit, archive and restore. */
type RecordEntity = {
  [E in PolicyEntity]: (typeof ACCESS_POLICY)[E] extends Record<"create" | "update" | "archive" | "restore", unknown>
    ? E
    : never;
}[PolicyEntity];

type Rec = Record<string, unknown> & { id: number; version: number; archived: boolean };
type ListOpts = { archived?: boolean; q?: string; page?: number; per?: number };

export type EntityConfig = {
  label: string;
  plural: string;
  description: string;
  /** The entity key its audit entries are written under (lib/data/*.ts writeAudit). */
  auditEntity: string;
  /** Its row of the access policy (lib/auth/policy.ts): who may create, edit, archive and restore. */
  policy: RecordEntity;
  /** The shared zod schemas its form must pass (lib/validation/*). */
  schema: { create: z.ZodType; update: z.ZodType };
  fields: (ctx: RequestContext, mode: "create" | "edit") => FieldDef[];
  /** Columns of the list page after the record's name: field name, header, and how its value reads. */
  columns: { name: string; label: string; format?: (value: unknown) => string }[];
  /** The header of the first column, the record's name. */
  nameHeader: string;
  list: (db: DB, opts: ListOpts) => { rows: Rec[]; total: number };
  get: (db: DB, id: number) => Rec | null;
  create: (db: DB, actor: Actor, input: unknown) => Rec;
  update: (db: DB, actor: Actor, id: number, input: unknown) => Rec;
  archive: (db: DB, actor: Actor, id: number, input: unknown) => Rec;
  restore: (db: DB, actor: Actor, id: number, input: unknown) => Rec;
  /** What each record is called in lists and headings (several at once, so a page needs one lookup). */
  names: (db: DB, rows: Rec[]) => Map<number, string>;
};

/** A record named by one of its own fields. */
const byField =
  (field: string) =>
  (_db: DB, rows: Rec[]): Map<number, string> =>
    new Map(rows.map((r) => [r.id, toText(r[field])]));
const date = (v: unknown) => (typeof v === "string" ? formatPartialDate(v) : "");
const label = (labels: Record<string, string>) => (v: unknown) => (typeof v === "string" ? (labels[v] ?? v) : "");

/** The name of one record, for its own page. */
export function recordTitle(cfg: EntityConfig, db: DB, record: Rec): string {
  return cfg.names(db, [record]).get(record.id) ?? `#${record.id}`;
}

const opts = (values: readonly string[], labels: Record<string, string>) =>
  values.map((v) => ({ value: v, label: labels[v] ?? v }));
const TAG_KIND_LABELS: Record<string, string> = {
  theme: "Theme",
  affected_persons: "Affected persons",
  sdg: "SDG target",
};

// The DAL functions are typed per entity; the registry erases that to a record so one page can serve all.
const erase = <T>(f: T) => f as never;

export const ENTITIES: Record<string, EntityConfig> = {
  states: {
    label: "State",
    plural: "States",
    policy: "state",
    auditEntity: "state",
    schema: { create: stateCreateSchema, update: stateUpdateSchema },
    description: "States under review, by ISO 3166-1 alpha-3 code (as in UN symbols).",
    fields: () => [
      { name: "code", label: "ISO code", kind: "text", required: true, hint: "Three letters, e.g. KAZ" },
      { name: "name", label: "Name", kind: "text", required: true },
    ],
    nameHeader: "Name",
    columns: [{ name: "code", label: "ISO code" }],
    list: erase(listStates),
    get: erase(getState),
    create: erase(createState),
    update: erase(updateState),
    archive: erase(archiveState),
    restore: erase(restoreState),
    names: byField("name"),
  },
  bodies: {
    label: "Body",
    plural: "Bodies",
    policy: "body",
    auditEntity: "body",
    schema: { create: bodyCreateSchema, update: bodyUpdateSchema },
    description: "Treaty bodies, the UPR and Special Procedures.",
    fields: () => [
      { name: "code", label: "Code", kind: "text", required: true, hint: "As in UN usage: CCPR, CESCR, UPR, SR-FOE…" },
      { name: "name", label: "Name", kind: "text", required: true },
      { name: "kind", label: "Kind", kind: "select", required: true, options: opts(BODY_KINDS, BODY_KIND_LABELS) },
      { name: "treaty", label: "Treaty or basis", kind: "text" },
    ],
    nameHeader: "Name",
    columns: [
      { name: "code", label: "Code" },
      { name: "kind", label: "Kind", format: label(BODY_KIND_LABELS) },
    ],
    list: erase(listBodies),
    get: erase(getBody),
    create: erase(createBody),
    update: erase(updateBody),
    archive: erase(archiveBody),
    restore: erase(restoreBody),
    names: byField("name"),
  },
  cycles: {
    label: "Review cycle",
    plural: "Review cycles",
    policy: "cycle",
    auditEntity: "review_cycle",
    schema: { create: cycleCreateSchema, update: cycleUpdateSchema },
    description: "One review of one state by one body, with its dates and deadlines.",
    fields: ({ db }) => [
      { name: "stateId", label: "State", kind: "select", required: true, options: stateOptions(db) },
      { name: "bodyId", label: "Body", kind: "select", required: true, options: bodyOptions(db) },
      {
        name: "ordinal",
        label: "Cycle number",
        kind: "number",
        required: true,
        hint: "1 for the initial report, 2 for the second periodic report…",
      },
      { name: "uprSession", label: "UPR session", kind: "number", hint: "UPR only, e.g. 20" },
      { name: "reportDate", label: "State report date", kind: "date", hint: "Not after today" },
      { name: "sessionDate", label: "Session date", kind: "date", hint: "Not after today" },
      { name: "adoptionDate", label: "Concluding observations adopted", kind: "date", hint: "Not after today" },
      { name: "followUpDeadline", label: "Follow-up deadline", kind: "date", hint: "May lie ahead" },
      { name: "nextReportDue", label: "Next report due", kind: "date", hint: "May lie ahead" },
      {
        name: "followUpParagraphs",
        label: "Follow-up paragraphs",
        kind: "text",
        hint: "Treaty bodies: the paragraphs picked for follow-up, as written, e.g. 7, 21, 25, 26",
      },
      { name: "notes", label: "Notes", kind: "textarea" },
    ],
    nameHeader: "Review cycle",
    columns: [
      { name: "adoptionDate", label: "Adopted", format: date },
      { name: "followUpDeadline", label: "Follow-up due", format: date },
      { name: "nextReportDue", label: "Next report due", format: date },
    ],
    list: erase(listCycles),
    get: erase(getCycle),
    create: erase(createCycle),
    update: erase(updateCycle),
    archive: erase(archiveCycle),
    restore: erase(restoreCycle),
    names: (db, rows) =>
      cycleNames(
        db,
        rows.map((r) => r.id),
      ),
  },
  documents: {
    label: "Document",
    plural: "Documents",
    policy: "document",
    auditEntity: "document",
    schema: { create: documentCreateSchema, update: documentUpdateSchema },
    description: "UN documents (with their symbol) and other sources: court decisions, articles, laws.",
    fields: ({ db }) => [
      {
        name: "kind",
        label: "Kind",
        kind: "select",
        required: true,
        options: opts(DOCUMENT_KINDS, DOCUMENT_KIND_LABELS),
      },
      {
        name: "symbol",
        label: "UN symbol",
        kind: "text",
        hint: "e.g. CCPR/C/KAZ/CO/2 — not needed for a court decision, article or law",
      },
      { name: "title", label: "Title", kind: "text", required: true, wide: true },
      { name: "date", label: "Date", kind: "date" },
      { name: "url", label: "Link", kind: "url" },
      { name: "publisher", label: "Publisher", kind: "text", hint: "For non-UN sources, e.g. Forum 18" },
      { name: "stateId", label: "State", kind: "select", options: stateOptions(db) },
      { name: "bodyId", label: "Body", kind: "select", options: bodyOptions(db) },
      { name: "cycleId", label: "Review cycle", kind: "select", options: cycleOptions(db) },
    ],
    nameHeader: "Document",
    columns: [
      { name: "kind", label: "Kind", format: label(DOCUMENT_KIND_LABELS) },
      { name: "date", label: "Date", format: date },
    ],
    list: erase(listDocuments),
    get: erase(getDocument),
    create: erase(createDocument),
    update: erase(updateDocument),
    archive: erase(archiveDocument),
    restore: erase(restoreDocument),
    names: (_db, rows) =>
      new Map(rows.map((r) => [r.id, r.symbol ? `${toText(r.symbol)} — ${toText(r.title)}` : toText(r.title)])),
  },
  evidence: {
    label: "Evidence item",
    plural: "Evidence",
    policy: "evidence",
    auditEntity: "evidence",
    schema: { create: evidenceCreateSchema, update: evidenceUpdateSchema },
    description: "Dated facts with a source — court decisions, incidents, laws, articles — that support assessments.",
    fields: ({ db }) => [
      {
        name: "kind",
        label: "Kind",
        kind: "select",
        required: true,
        options: opts(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS),
      },
      { name: "title", label: "Title", kind: "text", required: true, wide: true },
      { name: "date", label: "Date", kind: "date" },
      { name: "stateId", label: "State", kind: "select", options: stateOptions(db) },
      { name: "summary", label: "Summary", kind: "textarea" },
      { name: "sourceDocumentId", label: "Source document", kind: "select", options: documentOptions(db) },
      { name: "sourceUrl", label: "Source link", kind: "url" },
      { name: "public", label: t("publish.evidenceLabel"), kind: "checkbox" },
    ],
    nameHeader: "Title",
    columns: [
      { name: "date", label: "Date", format: date },
      { name: "kind", label: "Kind", format: label(EVIDENCE_KIND_LABELS) },
    ],
    list: erase(listEvidence),
    get: erase(getEvidence),
    create: erase(createEvidence),
    update: erase(updateEvidence),
    archive: erase(archiveEvidence),
    restore: erase(restoreEvidence),
    names: byField("title"),
  },
  tags: {
    label: "Tag",
    plural: "Tags",
    policy: "tag",
    auditEntity: "tag",
    schema: { create: tagCreateSchema, update: tagUpdateSchema },
    description:
      "Themes, affected persons and SDG targets that tag recommendations (as in the Universal Human Rights Index).",
    fields: (_ctx, mode) => [
      ...(mode === "create"
        ? [
            {
              name: "kind",
              label: "Kind",
              kind: "select" as const,
              required: true,
              options: opts(TAG_KINDS, TAG_KIND_LABELS),
            },
          ]
        : []),
      { name: "name", label: "Name", kind: "text", required: true },
    ],
    nameHeader: "Name",
    columns: [{ name: "kind", label: "Kind", format: label(TAG_KIND_LABELS) }],
    list: erase(listTags),
    get: erase(getTag),
    create: erase(createTag),
    update: erase(updateTag),
    archive: erase(archiveTag),
    restore: erase(restoreTag),
    names: byField("name"),
  },
  institutions: {
    label: "Institution",
    plural: "Institutions",
    policy: "institution",
    auditEntity: "institution",
    schema: { create: institutionCreateSchema, update: institutionUpdateSchema },
    description: "Each state's ministries, parliament, courts, NHRI and ombudsperson: who is responsible for actions.",
    fields: ({ db }) => [
      { name: "stateId", label: "State", kind: "select", required: true, options: stateOptions(db) },
      { name: "name", label: "Name", kind: "text", required: true, wide: true, hint: "e.g. Ministry of Defence" },
      {
        name: "kind",
        label: "Kind",
        kind: "select",
        required: true,
        options: opts(INSTITUTION_KINDS, INSTITUTION_KIND_LABELS),
      },
    ],
    nameHeader: "Name",
    columns: [
      { name: "stateCode", label: "State" },
      { name: "kind", label: "Kind", format: label(INSTITUTION_KIND_LABELS) },
    ],
    list: erase(listInstitutions),
    get: erase(getInstitution),
    create: erase(createInstitution),
    update: erase(updateInstitution),
    archive: erase(archiveInstitution),
    restore: erase(restoreInstitution),
    names: byField("name"),
  },
  "cycle-events": {
    label: "Cycle event",
    plural: "Cycle events",
    policy: "cycleEvent",
    auditEntity: "cycle_event",
    schema: { create: cycleEventCreateSchema, update: cycleEventUpdateSchema },
    description: "Dated events of a review cycle that the calendar shows, e.g. “NGO submissions for the session due”.",
    fields: ({ db }) => [
      { name: "cycleId", label: "Review cycle", kind: "select", required: true, options: cycleOptions(db) },
      { name: "date", label: "Date", kind: "date", required: true },
      { name: "title", label: "What happens", kind: "text", required: true, wide: true },
      { name: "notes", label: "Notes", kind: "textarea" },
    ],
    nameHeader: "Event",
    columns: [{ name: "date", label: "Date", format: date }],
    list: erase(listCycleEvents),
    get: erase(getCycleEvent),
    create: erase(createCycleEvent),
    update: erase(updateCycleEvent),
    archive: erase(archiveCycleEvent),
    restore: erase(restoreCycleEvent),
    names: byField("title"),
  },
};

export function entityConfig(entity: string): EntityConfig | null {
  return Object.hasOwn(ENTITIES, entity) ? ENTITIES[entity] : null;
}
