import "server-only";
import type { z } from "zod";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DB, Executor, Tx } from "../../db";
import {
  documents,
  recommendations,
  recommendingStates,
  recommendationTags,
  reviewCycles,
  states,
  tags,
  type RecommendationRow,
} from "../../db/schema";
import type { TagKind } from "../../db/schema/enums";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { blankToNull, parseInput, type VersionInput } from "../validation/common";
import { vmsg } from "../validation/messages";
import { recommendationCreateSchema, recommendationUpdateSchema } from "../validation/recommendations";
import { writeAudit } from "./audit";
import { refreshRecommendation } from "./derived";
import { resolveTagIds } from "./tags";
import {
  assertVersion,
  checkRefs,
  fieldError,
  findOr404,
  iso,
  sentOnly,
  setArchived,
  updateVersioned,
  writeTx,
} from "./write-helpers";

export type RecommendationDTO = Omit<
  RecommendationRow,
  "createdAt" | "updatedAt" | "archivedAt" | "importBatchId" | "externalKey" | "createdById"
> & {
  archived: boolean;
  updatedAt: string | null;
  themes: string[];
  affectedPersons: string[];
  sdgs: string[];
  recommendingStates: string[];
};

const TAG_FIELDS: Record<"themes" | "affectedPersons" | "sdgs", TagKind> = {
  themes: "theme",
  affectedPersons: "affected_persons",
  sdgs: "sdg",
};

/** The editable record with its tags — what forms, the audit log and a 409 show. */
export function getRecommendationDTO(db: Executor, id: number): RecommendationDTO | null {
  const row = db.select().from(recommendations).where(eq(recommendations.id, id)).get();
  return row ? toRecommendationDTO(db, row) : null;
}

function toRecommendationDTO(db: Executor, r: RecommendationRow): RecommendationDTO {
  const { createdAt: _c, updatedAt, archivedAt, importBatchId: _i, externalKey: _e, createdById: _b, ...rest } = r;
  const tagRows = db
    .select({ kind: tags.kind, name: tags.name })
    .from(recommendationTags)
    .innerJoin(tags, eq(tags.id, recommendationTags.tagId))
    .where(eq(recommendationTags.recommendationId, r.id))
    .orderBy(asc(tags.name))
    .all();
  const names = (kind: TagKind) => tagRows.filter((t) => t.kind === kind).map((t) => t.name);
  const recommending = db
    .select({ name: recommendingStates.name })
    .from(recommendingStates)
    .where(eq(recommendingStates.recommendationId, r.id))
    .orderBy(asc(recommendingStates.name))
    .all();
  return {
    ...rest,
    archived: archivedAt != null,
    updatedAt: iso(updatedAt),
    themes: names("theme"),
    affectedPersons: names("affected_persons"),
    sdgs: names("sdg"),
    recommendingStates: recommending.map((x) => x.name),
  };
}

/** The cycle must exist; a document, if any, must belong to the same state and cycle. */
function checkPlacement(tx: Tx, cycleId: number, documentId: number | null) {
  checkRefs(tx, [
    { field: "cycleId", table: reviewCycles, id: cycleId, what: "review cycle" },
    { field: "documentId", table: documents, id: documentId, what: "document" },
  ]);
  const cycle = tx.select().from(reviewCycles).where(eq(reviewCycles.id, cycleId)).get()!;
  if (documentId != null) {
    const doc = tx.select().from(documents).where(eq(documents.id, documentId)).get()!;
    if (doc.cycleId != null && doc.cycleId !== cycleId) fieldError("documentId", vmsg("write.cycleMismatch"));
    if (doc.stateId != null && doc.stateId !== cycle.stateId)
      fieldError("documentId", vmsg("write.documentStateMismatch", { symbol: doc.symbol ?? doc.title }));
  }
  return cycle;
}

function replaceTags(tx: Tx, actor: Actor, id: number, data: Partial<Record<keyof typeof TAG_FIELDS, string[]>>) {
  for (const [field, kind] of Object.entries(TAG_FIELDS) as [keyof typeof TAG_FIELDS, TagKind][]) {
    const names = data[field];
    if (names === undefined) continue;
    const ids = resolveTagIds(tx, actor, kind, names, field);
    const ofKind = tx
      .select({ id: tags.id })
      .from(tags)
      .where(eq(tags.kind, kind))
      .all()
      .map((t) => t.id);
    if (ofKind.length)
      tx.delete(recommendationTags)
        .where(and(eq(recommendationTags.recommendationId, id), inArray(recommendationTags.tagId, ofKind)))
        .run();
    if (ids.length)
      tx.insert(recommendationTags)
        .values(ids.map((tagId) => ({ recommendationId: id, tagId })))
        .run();
  }
}

/** Recommending states by name; linked to a state row when the name matches one. */
function replaceRecommendingStates(tx: Tx, id: number, names: string[] | undefined) {
  if (names === undefined) return;
  tx.delete(recommendingStates).where(eq(recommendingStates.recommendationId, id)).run();
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  for (const name of unique) {
    const state = tx.select({ id: states.id }).from(states).where(eq(states.name, name)).get();
    tx.insert(recommendingStates)
      .values({ recommendationId: id, name, stateId: state?.id ?? null })
      .run();
  }
}

type Parsed = Partial<ReturnType<typeof recommendationCreateSchema.parse>>;
const clearable = <T>(v: T | "" | null | undefined) => (v === undefined ? undefined : blankToNull(v));
const columnsOf = (d: Parsed) =>
  sentOnly({
    cycleId: d.cycleId,
    documentId: clearable(d.documentId),
    paragraph: clearable(d.paragraph),
    subject: clearable(d.subject),
    text: d.text,
    isFollowUp: d.isFollowUp,
    followUpDeadline: clearable(d.followUpDeadline),
    uprPosition: clearable(d.uprPosition),
    uprPositionRaw: clearable(d.uprPositionRaw),
    uprPositionSource: clearable(d.uprPositionSource),
    uprActionCategory: clearable(d.uprActionCategory),
  });

export function createRecommendation(
  db: DB,
  actor: Actor | null | undefined,
  input: z.input<typeof recommendationCreateSchema>,
): RecommendationDTO {
  const who = assertCan(actor, "recommendation", "create");
  const data = parseInput(recommendationCreateSchema, input);
  return writeTx(db, (tx) => {
    const cycle = checkPlacement(tx, data.cycleId, blankToNull(data.documentId));
    const row = tx
      .insert(recommendations)
      .values({
        ...columnsOf(data),
        cycleId: data.cycleId,
        text: data.text,
        stateId: cycle.stateId,
        bodyId: cycle.bodyId,
        createdById: who.id,
      })
      .returning()
      .get();
    replaceTags(tx, who, row.id, data);
    replaceRecommendingStates(tx, row.id, data.recommendingStates);
    refreshRecommendation(tx, row.id);
    const dto = getRecommendationDTO(tx, row.id)!;
    writeAudit(tx, who, "create", "recommendation", row.id, null, dto);
    return dto;
  });
}

export function updateRecommendation(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof recommendationUpdateSchema>,
): RecommendationDTO {
  const who = assertCan(actor, "recommendation", "update");
  const data = parseInput(recommendationUpdateSchema, input);
  return writeTx(db, (tx) => {
    const beforeRow = findOr404(tx, recommendations, "recommendation", id);
    const before = toRecommendationDTO(tx, beforeRow);
    assertVersion("recommendation", beforeRow, data.version, before);
    const isFollowUp = data.isFollowUp ?? beforeRow.isFollowUp;
    const deadline =
      data.followUpDeadline === undefined ? beforeRow.followUpDeadline : blankToNull(data.followUpDeadline);
    if (deadline && !isFollowUp) fieldError("followUpDeadline", vmsg("field.deadlineWithoutFollowUp"));
    const cycleId = data.cycleId ?? beforeRow.cycleId;
    const documentId = data.documentId === undefined ? beforeRow.documentId : blankToNull(data.documentId);
    if (data.cycleId !== undefined || data.documentId !== undefined) checkPlacement(tx, cycleId, documentId);
    // An imported one is marked so a later import of its file leaves the editor's version (lib/data/import.ts).
    updateVersioned(
      tx,
      recommendations,
      "recommendation",
      id,
      data.version,
      { ...columnsOf(data), ...(beforeRow.externalKey ? { editedSinceImport: true } : {}) },
      (r) => toRecommendationDTO(tx, r),
    );
    replaceTags(tx, who, id, data);
    replaceRecommendingStates(tx, id, data.recommendingStates);
    refreshRecommendation(tx, id);
    const after = getRecommendationDTO(tx, id)!;
    writeAudit(tx, who, "update", "recommendation", id, before, after);
    return after;
  });
}

/** Archiving hides a recommendation everywhere; only an admin may do it or undo it. */
const archiveSpec = {
  table: recommendations,
  entity: "recommendation",
  policy: "recommendation" as const,
  toDTO: (r: RecommendationRow) => {
    const { createdAt: _c, updatedAt, archivedAt, importBatchId: _i, externalKey: _e, createdById: _b, ...rest } = r;
    return { ...rest, archived: archivedAt != null, updatedAt: iso(updatedAt) };
  },
};
export const archiveRecommendation = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, true);
export const restoreRecommendation = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, false);
