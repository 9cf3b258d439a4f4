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
import { t } from "@/lib/i18n/messages";

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
  /** Its row of the access policy (lib/auth/policy.ts): who may create, edit, archive and restore. */
  policy: RecordEntity;
  /** The shared zod schemas its form must pass (lib/validation/*). */
  schema: { create: z.ZodType; update: z.ZodType };
  fields: (ctx: RequestContext, mode: "create" | "edit") => FieldDef[];
  /** Columns of the list page: field name and header, and how to show a stored key. */
  columns: { name: string; label: string; labels?: Record<string, string> }[];
  list: (db: DB, opts: ListOpts) => { rows: Rec[]; total: number };
  get: (db: DB, id: number) => Rec | null;
  create: (db: DB, actor: Actor, input: unknown) => Rec;
  update: (db: DB, actor: Actor, id: number, input: unknown) => Rec;
  archive: (db: DB, actor: Actor, id: number, input: unknown) => Rec;
  restore: (db: DB, actor: Actor, id: number, input: unknown) => Rec;
  title: (r: Rec) => string;
};

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
    schema: { create: stateCreateSchema, update: stateUpdateSchema },
    description: "States under review, by ISO 3166-1 alpha-3 code (as in UN symbols).",
    fields: () => [
      { name: "code", label: "ISO code", kind: "text", required: true, hint: "Three letters, e.g. KAZ" },
      { name: "name", label: "Name", kind: "text", required: true },
    ],
    columns: [
      { name: "code", label: "Code" },
      { name: "name", label: "Name" },
    ],
    list: erase(listStates),
    get: erase(getState),
    create: erase(createState),
    update: erase(updateState),
    archive: erase(archiveState),
    restore: erase(restoreState),
    title: (r) => String(r.name),
  },
  bodies: {
    label: "Body",
    plural: "Bodies",
    policy: "body",
    schema: { create: bodyCreateSchema, update: bodyUpdateSchema },
    description: "Treaty bodies, the UPR and Special Procedures.",
    fields: () => [
      { name: "code", label: "Code", kind: "text", required: true, hint: "As in UN usage: CCPR, CESCR, UPR, SR-FOE…" },
      { name: "name", label: "Name", kind: "text", required: true },
      { name: "kind", label: "Kind", kind: "select", required: true, options: opts(BODY_KINDS, BODY_KIND_LABELS) },
      { name: "treaty", label: "Treaty or basis", kind: "text" },
    ],
    columns: [
      { name: "code", label: "Code" },
      { name: "name", label: "Name" },
    ],
    list: erase(listBodies),
    get: erase(getBody),
    create: erase(createBody),
    update: erase(updateBody),
    archive: erase(archiveBody),
    restore: erase(restoreBody),
    title: (r) => String(r.name),
  },
  cycles: {
    label: "Review cycle",
    plural: "Review cycles",
    policy: "cycle",
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
    columns: [
      { name: "ordinal", label: "Cycle" },
      { name: "adoptionDate", label: "Adopted" },
      { name: "nextReportDue", label: "Next report due" },
    ],
    list: erase(listCycles),
    get: erase(getCycle),
    create: erase(createCycle),
    update: erase(updateCycle),
    archive: erase(archiveCycle),
    restore: erase(restoreCycle),
    title: (r) => t("story.cycleLabel", { ordinal: Number(r.ordinal) }),
  },
  documents: {
    label: "Document",
    plural: "Documents",
    policy: "document",
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
    columns: [
      { name: "symbol", label: "Symbol" },
      { name: "title", label: "Title" },
      { name: "date", label: "Date" },
    ],
    list: erase(listDocuments),
    get: erase(getDocument),
    create: erase(createDocument),
    update: erase(updateDocument),
    archive: erase(archiveDocument),
    restore: erase(restoreDocument),
    title: (r) => String(r.symbol ?? r.title),
  },
  evidence: {
    label: "Evidence item",
    plural: "Evidence",
    policy: "evidence",
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
    ],
    columns: [
      { name: "title", label: "Title" },
      { name: "date", label: "Date" },
      { name: "kind", label: "Kind" },
    ],
    list: erase(listEvidence),
    get: erase(getEvidence),
    create: erase(createEvidence),
    update: erase(updateEvidence),
    archive: erase(archiveEvidence),
    restore: erase(restoreEvidence),
    title: (r) => String(r.title),
  },
  tags: {
    label: "Tag",
    plural: "Tags",
    policy: "tag",
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
    columns: [
      { name: "name", label: "Name" },
      { name: "kind", label: "Kind" },
    ],
    list: erase(listTags),
    get: erase(getTag),
    create: erase(createTag),
    update: erase(updateTag),
    archive: erase(archiveTag),
    restore: erase(restoreTag),
    title: (r) => String(r.name),
  },
  institutions: {
    label: "Institution",
    plural: "Institutions",
    policy: "institution",
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
    columns: [
      { name: "name", label: "Name" },
      { name: "stateCode", label: "State" },
      { name: "kind", label: "Kind", labels: INSTITUTION_KIND_LABELS },
    ],
    list: erase(listInstitutions),
    get: erase(getInstitution),
    create: erase(createInstitution),
    update: erase(updateInstitution),
    archive: erase(archiveInstitution),
    restore: erase(restoreInstitution),
    title: (r) => String(r.name),
  },
  "cycle-events": {
    label: "Cycle event",
    plural: "Cycle events",
    policy: "cycleEvent",
    schema: { create: cycleEventCreateSchema, update: cycleEventUpdateSchema },
    description: "Dated events of a review cycle that the calendar shows, e.g. “NGO submissions for the session due”.",
    fields: ({ db }) => [
      { name: "cycleId", label: "Review cycle", kind: "select", required: true, options: cycleOptions(db) },
      { name: "date", label: "Date", kind: "date", required: true },
      { name: "title", label: "What happens", kind: "text", required: true, wide: true },
      { name: "notes", label: "Notes", kind: "textarea" },
    ],
    columns: [
      { name: "title", label: "Event" },
      { name: "date", label: "Date" },
    ],
    list: erase(listCycleEvents),
    get: erase(getCycleEvent),
    create: erase(createCycleEvent),
    update: erase(updateCycleEvent),
    archive: erase(archiveCycleEvent),
    restore: erase(restoreCycleEvent),
    title: (r) => String(r.title),
  },
};

export function entityConfig(entity: string): EntityConfig | null {
  return Object.hasOwn(ENTITIES, entity) ? ENTITIES[entity] : null;
}
