import "server-only";
import { t, type MessageKey } from "@/lib/i18n/messages";
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
import { parseInput, versionOnly, type VersionInput } from "@/lib/validation/common";

type DB = RequestContext["db"];
/** Entities the access policy lets someone create, edit, archive and restore. */
type RecordEntity = {
  [E in PolicyEntity]: (typeof ACCESS_POLICY)[E] extends Record<"create" | "update" | "archive" | "restore", unknown>
    ? E
    : never;
}[PolicyEntity];

type Rec = Record<string, unknown> & { id: number; version: number; archived: boolean };
type ListOpts = { archived?: boolean; q?: string; page?: number; per?: number };

/** The sentences about an entity, read in the request's language when read (getters, see `withText`). */
type EntityText = {
  label: string;
  plural: string;
  description: string;
  /** "New state": the button and the title of the page that creates one. */
  newLabel: string;
  /** "No states found": the empty list. */
  noneFound: string;
  archiveLabel: string;
  restoreLabel: string;
  /** The header of the first column, the record's name. */
  nameHeader: string;
};

export type EntityConfig = EntityText & {
  /** The entity key its audit entries are written under (lib/data/*.ts writeAudit). */
  auditEntity: string;
  /** Its row of the access policy (lib/auth/policy.ts): who may create, edit, archive and restore. */
  policy: RecordEntity;
  /** The shared zod schemas its form must pass (lib/validation/*). */
  schema: { create: z.ZodType; update: z.ZodType };
  fields: (ctx: RequestContext, mode: "create" | "edit") => FieldDef[];
  /** Columns of the list page after the record's name: field name, header, and how its value reads. */
  columns: { name: string; label: string; format?: (value: unknown) => string }[];
  /** The message of the first column's header, the record's name. */
  nameHeaderKey: MessageKey;
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
  return cfg.names(db, [record]).get(record.id) ?? t("work.records.number", { id: String(record.id) });
}

const opts = (values: readonly string[], labels: Record<string, string>) =>
  values.map((v) => ({ value: v, label: labels[v] ?? v }));
const TAG_KIND_LABELS: Record<string, string> = {
  get theme() {
    return t("work.records.tagKind.theme");
  },
  get affected_persons() {
    return t("work.records.tagKind.affected_persons");
  },
  get sdg() {
    return t("work.records.tagKind.sdg");
  },
};

/** A list column whose header is read in the request's language each time it is shown. */
const col = (name: string, key: MessageKey, format?: (value: unknown) => string) => ({
  name,
  get label() {
    return t(key);
  },
  ...(format ? { format } : {}),
});

/** One entity's schemas and DAL functions, typed together: each write takes what its schema gives. */
type EntityDal<C extends z.ZodType, U extends z.ZodType, R extends Rec> = {
  schema: { create: C; update: U };
  list: (db: DB, opts: ListOpts) => { rows: R[]; total: number };
  get: (db: DB, id: number) => R | null;
  create: (db: DB, actor: Actor, input: z.output<C>) => R;
  update: (db: DB, actor: Actor, id: number, input: z.output<U>) => R;
  archive: (db: DB, actor: Actor, id: number, input: VersionInput) => R;
  restore: (db: DB, actor: Actor, id: number, input: VersionInput) => R;
};
type DalPart = Pick<EntityConfig, "schema" | "list" | "get" | "create" | "update" | "archive" | "restore">;

/**
 * The registry's common shape, so one page can serve every entity: each write parses what it is given with
 * its entity's schema (the action already did, so this only proves the type) and hands the DAL a typed value.
 */
function dal<C extends z.ZodType, U extends z.ZodType, R extends Rec>(d: EntityDal<C, U, R>): DalPart {
  return {
    schema: d.schema,
    list: d.list,
    get: d.get,
    create: (db, actor, input) => d.create(db, actor, parseInput(d.schema.create, input)),
    update: (db, actor, id, input) => d.update(db, actor, id, parseInput(d.schema.update, input)),
    archive: (db, actor, id, input) => d.archive(db, actor, id, parseInput(versionOnly, input)),
    restore: (db, actor, id, input) => d.restore(db, actor, id, parseInput(versionOnly, input)),
  };
}

const CONFIGS: Record<string, Omit<EntityConfig, keyof EntityText>> = {
  states: {
    policy: "state",
    auditEntity: "state",
    fields: () => [
      {
        name: "code",
        label: t("work.records.field.isoCode"),
        kind: "text",
        required: true,
        hint: t("work.records.field.isoCodeHint"),
      },
      { name: "name", label: t("work.records.field.name"), kind: "text", required: true },
    ],
    nameHeaderKey: "work.records.field.name",
    columns: [col("code", "work.records.field.isoCode")],
    ...dal({
      schema: { create: stateCreateSchema, update: stateUpdateSchema },
      list: listStates,
      get: getState,
      create: createState,
      update: updateState,
      archive: archiveState,
      restore: restoreState,
    }),
    names: byField("name"),
  },
  bodies: {
    policy: "body",
    auditEntity: "body",
    fields: () => [
      {
        name: "code",
        label: t("work.records.field.code"),
        kind: "text",
        required: true,
        hint: t("work.records.field.bodyCodeHint"),
      },
      { name: "name", label: t("work.records.field.name"), kind: "text", required: true },
      {
        name: "kind",
        label: t("work.records.field.kind"),
        kind: "select",
        required: true,
        options: opts(BODY_KINDS, BODY_KIND_LABELS),
      },
      { name: "treaty", label: t("work.records.field.treaty"), kind: "text" },
    ],
    nameHeaderKey: "work.records.field.name",
    columns: [col("code", "work.records.field.code"), col("kind", "work.records.field.kind", label(BODY_KIND_LABELS))],
    ...dal({
      schema: { create: bodyCreateSchema, update: bodyUpdateSchema },
      list: listBodies,
      get: getBody,
      create: createBody,
      update: updateBody,
      archive: archiveBody,
      restore: restoreBody,
    }),
    names: byField("name"),
  },
  cycles: {
    policy: "cycle",
    auditEntity: "review_cycle",
    fields: ({ db }) => [
      {
        name: "stateId",
        label: t("work.records.field.state"),
        kind: "select",
        required: true,
        options: stateOptions(db),
      },
      { name: "bodyId", label: t("work.records.field.body"), kind: "select", required: true, options: bodyOptions(db) },
      {
        name: "ordinal",
        label: t("work.records.field.ordinal"),
        kind: "number",
        required: true,
        hint: t("work.records.field.ordinalHint"),
      },
      {
        name: "uprSession",
        label: t("work.records.field.uprSession"),
        kind: "number",
        hint: t("work.records.field.uprSessionHint"),
      },
      {
        name: "reportDate",
        label: t("work.records.field.reportDate"),
        kind: "date",
        hint: t("work.records.field.notAfterToday"),
      },
      {
        name: "sessionDate",
        label: t("work.records.field.sessionDate"),
        kind: "date",
        hint: t("work.records.field.notAfterToday"),
      },
      {
        name: "adoptionDate",
        label: t("work.records.field.adoptionDate"),
        kind: "date",
        hint: t("work.records.field.notAfterToday"),
      },
      {
        name: "followUpDeadline",
        label: t("work.records.field.followUpDeadline"),
        kind: "date",
        hint: t("work.records.field.mayLieAhead"),
      },
      {
        name: "nextReportDue",
        label: t("work.records.field.nextReportDue"),
        kind: "date",
        hint: t("work.records.field.mayLieAhead"),
      },
      {
        name: "followUpParagraphs",
        label: t("work.records.field.followUpParagraphs"),
        kind: "text",
        hint: t("work.records.field.followUpParagraphsHint"),
      },
      { name: "notes", label: t("work.records.field.notes"), kind: "textarea" },
    ],
    nameHeaderKey: "work.records.field.cycle",
    columns: [
      col("adoptionDate", "work.records.field.adopted", date),
      col("followUpDeadline", "work.records.field.followUpDue", date),
      col("nextReportDue", "work.records.field.nextReportDue", date),
    ],
    ...dal({
      schema: { create: cycleCreateSchema, update: cycleUpdateSchema },
      list: listCycles,
      get: getCycle,
      create: createCycle,
      update: updateCycle,
      archive: archiveCycle,
      restore: restoreCycle,
    }),
    names: (db, rows) =>
      cycleNames(
        db,
        rows.map((r) => r.id),
      ),
  },
  documents: {
    policy: "document",
    auditEntity: "document",
    fields: ({ db }) => [
      {
        name: "kind",
        label: t("work.records.field.kind"),
        kind: "select",
        required: true,
        options: opts(DOCUMENT_KINDS, DOCUMENT_KIND_LABELS),
      },
      {
        name: "symbol",
        label: t("work.records.field.symbol"),
        kind: "text",
        hint: t("work.records.field.symbolHint"),
      },
      { name: "title", label: t("work.records.field.title"), kind: "text", required: true, wide: true },
      { name: "date", label: t("work.records.field.date"), kind: "date" },
      { name: "url", label: t("work.records.field.url"), kind: "url" },
      {
        name: "publisher",
        label: t("work.records.field.publisher"),
        kind: "text",
        hint: t("work.records.field.publisherHint"),
      },
      { name: "stateId", label: t("work.records.field.state"), kind: "select", options: stateOptions(db) },
      { name: "bodyId", label: t("work.records.field.body"), kind: "select", options: bodyOptions(db) },
      { name: "cycleId", label: t("work.records.field.cycle"), kind: "select", options: cycleOptions(db) },
    ],
    nameHeaderKey: "work.records.field.document",
    columns: [
      col("kind", "work.records.field.kind", label(DOCUMENT_KIND_LABELS)),
      col("date", "work.records.field.date", date),
    ],
    ...dal({
      schema: { create: documentCreateSchema, update: documentUpdateSchema },
      list: listDocuments,
      get: getDocument,
      create: createDocument,
      update: updateDocument,
      archive: archiveDocument,
      restore: restoreDocument,
    }),
    names: (_db, rows) =>
      new Map(
        rows.map((r) => [
          r.id,
          // A document imported with no title of its own carries its symbol as the title: say it once.
          r.symbol && toText(r.title).trim() !== toText(r.symbol).trim()
            ? t("work.records.documentName", { symbol: toText(r.symbol), title: toText(r.title) })
            : toText(r.symbol || r.title),
        ]),
      ),
  },
  evidence: {
    policy: "evidence",
    auditEntity: "evidence",
    fields: ({ db }) => [
      {
        name: "kind",
        label: t("work.records.field.kind"),
        kind: "select",
        required: true,
        options: opts(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS),
      },
      { name: "title", label: t("work.records.field.title"), kind: "text", required: true, wide: true },
      { name: "date", label: t("work.records.field.date"), kind: "date" },
      { name: "stateId", label: t("work.records.field.state"), kind: "select", options: stateOptions(db) },
      { name: "summary", label: t("work.records.field.summary"), kind: "textarea" },
      {
        name: "sourceDocumentId",
        label: t("work.records.field.sourceDocument"),
        kind: "select",
        options: documentOptions(db),
      },
      { name: "sourceUrl", label: t("work.records.field.sourceUrl"), kind: "url" },
      { name: "public", label: t("publish.evidenceLabel"), kind: "checkbox" },
    ],
    nameHeaderKey: "work.records.field.title",
    columns: [
      col("date", "work.records.field.date", date),
      col("kind", "work.records.field.kind", label(EVIDENCE_KIND_LABELS)),
    ],
    ...dal({
      schema: { create: evidenceCreateSchema, update: evidenceUpdateSchema },
      list: listEvidence,
      get: getEvidence,
      create: createEvidence,
      update: updateEvidence,
      archive: archiveEvidence,
      restore: restoreEvidence,
    }),
    names: byField("title"),
  },
  tags: {
    policy: "tag",
    auditEntity: "tag",
    fields: (_ctx, mode) => [
      ...(mode === "create"
        ? [
            {
              name: "kind",
              label: t("work.records.field.kind"),
              kind: "select" as const,
              required: true,
              options: opts(TAG_KINDS, TAG_KIND_LABELS),
            },
          ]
        : []),
      { name: "name", label: t("work.records.field.name"), kind: "text", required: true },
    ],
    nameHeaderKey: "work.records.field.name",
    columns: [col("kind", "work.records.field.kind", label(TAG_KIND_LABELS))],
    ...dal({
      schema: { create: tagCreateSchema, update: tagUpdateSchema },
      list: listTags,
      get: getTag,
      create: createTag,
      update: updateTag,
      archive: archiveTag,
      restore: restoreTag,
    }),
    names: byField("name"),
  },
  institutions: {
    policy: "institution",
    auditEntity: "institution",
    fields: ({ db }) => [
      {
        name: "stateId",
        label: t("work.records.field.state"),
        kind: "select",
        required: true,
        options: stateOptions(db),
      },
      {
        name: "name",
        label: t("work.records.field.name"),
        kind: "text",
        required: true,
        wide: true,
        hint: t("work.records.field.institutionHint"),
      },
      {
        name: "kind",
        label: t("work.records.field.kind"),
        kind: "select",
        required: true,
        options: opts(INSTITUTION_KINDS, INSTITUTION_KIND_LABELS),
      },
    ],
    nameHeaderKey: "work.records.field.name",
    columns: [
      col("stateCode", "work.records.field.state"),
      col("kind", "work.records.field.kind", label(INSTITUTION_KIND_LABELS)),
    ],
    ...dal({
      schema: { create: institutionCreateSchema, update: institutionUpdateSchema },
      list: listInstitutions,
      get: getInstitution,
      create: createInstitution,
      update: updateInstitution,
      archive: archiveInstitution,
      restore: restoreInstitution,
    }),
    names: byField("name"),
  },
  "cycle-events": {
    policy: "cycleEvent",
    auditEntity: "cycle_event",
    fields: ({ db }) => [
      {
        name: "cycleId",
        label: t("work.records.field.cycle"),
        kind: "select",
        required: true,
        options: cycleOptions(db),
      },
      { name: "date", label: t("work.records.field.date"), kind: "date", required: true },
      { name: "title", label: t("work.records.field.whatHappens"), kind: "text", required: true, wide: true },
      { name: "notes", label: t("work.records.field.notes"), kind: "textarea" },
    ],
    nameHeaderKey: "work.records.field.event",
    columns: [col("date", "work.records.field.date", date)],
    ...dal({
      schema: { create: cycleEventCreateSchema, update: cycleEventUpdateSchema },
      list: listCycleEvents,
      get: getCycleEvent,
      create: createCycleEvent,
      update: updateCycleEvent,
      archive: archiveCycleEvent,
      restore: restoreCycleEvent,
    }),
    names: byField("title"),
  },
};

/** The message group of each entity (messages/<language>/pages-work.json, work.records.entity.*). */
const TEXT_KEYS = {
  states: "states",
  bodies: "bodies",
  cycles: "cycles",
  documents: "documents",
  evidence: "evidence",
  tags: "tags",
  institutions: "institutions",
  "cycle-events": "cycleEvents",
} as const;

/** An entity's config with its sentences as getters, so a module-level table still speaks each reader's language. */
function withText(key: keyof typeof TEXT_KEYS, base: Omit<EntityConfig, keyof EntityText>): EntityConfig {
  const k = TEXT_KEYS[key];
  const text = (suffix: "label" | "plural" | "description" | "new" | "none" | "archive" | "restore") => ({
    get: () => t(`work.records.entity.${k}.${suffix}`),
    enumerable: true,
  });
  return Object.defineProperties(
    { ...base },
    {
      label: text("label"),
      plural: text("plural"),
      description: text("description"),
      newLabel: text("new"),
      noneFound: text("none"),
      archiveLabel: text("archive"),
      restoreLabel: text("restore"),
      nameHeader: { get: () => t(base.nameHeaderKey), enumerable: true },
    },
  ) as EntityConfig;
}

export const ENTITIES: Record<string, EntityConfig> = Object.fromEntries(
  Object.entries(CONFIGS).map(([key, base]) => [key, withText(key as keyof typeof TEXT_KEYS, base)]),
);

export function entityConfig(entity: string): EntityConfig | null {
  return Object.hasOwn(ENTITIES, entity) ? ENTITIES[entity] : null;
}
