import "server-only";
import type { z } from "zod";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DB, Executor, Tx } from "../../db";
import {
  actionInstitutions,
  actionProgress,
  actions,
  evidence,
  institutions,
  recommendations,
  states,
  type ActionProgressRow,
  type ActionRow,
} from "../../db/schema";
import type { InstitutionKind } from "../../db/schema/enums";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { NotFoundError } from "../errors";
import { blankToNull, parseInput, type VersionInput } from "../validation/common";
import { actionCreateSchema, actionProgressSchema, actionUpdateSchema } from "../validation/actions";
import { vmsg } from "../validation/messages";
import { writeAudit } from "./audit";
import { openRecommendation } from "./history-helpers";
import {
  assertVersion,
  checkRefs,
  entityLabel,
  fieldError,
  findOr404,
  iso,
  sentOnly,
  setArchived,
  updateVersioned,
  writeTx,
} from "./write-helpers";

export type InstitutionRef = { id: number; name: string; kind: InstitutionKind };
export type ProgressDTO = {
  id: number;
  actionId: number;
  date: string;
  note: string;
  evidenceId: number | null;
  evidenceTitle: string | null;
  sourceUrl: string | null;
  version: number;
  archived: boolean;
};
export type ActionDTO = Omit<ActionRow, "createdAt" | "updatedAt" | "archivedAt" | "createdById"> & {
  institutionIds: number[];
  institutions: InstitutionRef[];
  progress: ProgressDTO[];
  archived: boolean;
  updatedAt: string | null;
};

function institutionsOf(db: Executor, actionIds: number[]): Map<number, InstitutionRef[]> {
  const out = new Map<number, InstitutionRef[]>();
  if (!actionIds.length) return out;
  const rows = db
    .select({
      actionId: actionInstitutions.actionId,
      id: institutions.id,
      name: institutions.name,
      kind: institutions.kind,
    })
    .from(actionInstitutions)
    .innerJoin(institutions, eq(institutions.id, actionInstitutions.institutionId))
    .where(inArray(actionInstitutions.actionId, actionIds))
    .orderBy(asc(institutions.name))
    .all();
  for (const { actionId, ...ref } of rows) out.set(actionId, [...(out.get(actionId) ?? []), ref]);
  return out;
}

function progressOf(db: Executor, actionIds: number[]): Map<number, ProgressDTO[]> {
  const out = new Map<number, ProgressDTO[]>();
  if (!actionIds.length) return out;
  const rows = db
    .select({ p: actionProgress, evidenceTitle: evidence.title })
    .from(actionProgress)
    .leftJoin(evidence, eq(evidence.id, actionProgress.evidenceId))
    .where(and(inArray(actionProgress.actionId, actionIds), isNull(actionProgress.archivedAt)))
    .orderBy(asc(actionProgress.date), asc(actionProgress.id))
    .all();
  for (const { p, evidenceTitle } of rows)
    out.set(p.actionId, [...(out.get(p.actionId) ?? []), toProgressDTO(p, evidenceTitle)]);
  return out;
}

const toProgressDTO = (p: ActionProgressRow, evidenceTitle: string | null = null): ProgressDTO => ({
  id: p.id,
  actionId: p.actionId,
  date: p.date,
  note: p.note,
  evidenceId: p.evidenceId,
  evidenceTitle,
  sourceUrl: p.sourceUrl,
  version: p.version,
  archived: p.archivedAt != null,
});

function toDTOs(db: Executor, rows: ActionRow[]): ActionDTO[] {
  const ids = rows.map((r) => r.id);
  const refs = institutionsOf(db, ids);
  const progress = progressOf(db, ids);
  return rows.map((r) => {
    const { createdAt: _c, updatedAt, archivedAt, createdById: _b, ...rest } = r;
    const list = refs.get(r.id) ?? [];
    return {
      ...rest,
      institutionIds: list.map((i) => i.id),
      institutions: list,
      progress: progress.get(r.id) ?? [],
      archived: archivedAt != null,
      updatedAt: iso(updatedAt),
    };
  });
}
const toDTO = (db: Executor, row: ActionRow) => toDTOs(db, [row])[0];

export function getAction(db: Executor, id: number): ActionDTO | null {
  const row = db.select().from(actions).where(eq(actions.id, id)).get();
  return row ? toDTO(db, row) : null;
}

/** A recommendation's actions (not archived unless asked), earliest due first, undated last. */
export function listActionsForRecommendation(db: Executor, recommendationId: number, { archived = false } = {}) {
  const rec = db
    .select({ id: recommendations.id })
    .from(recommendations)
    .where(eq(recommendations.id, recommendationId))
    .get();
  if (!rec) throw new NotFoundError("Recommendation", recommendationId);
  const rows = db
    .select()
    .from(actions)
    .where(and(eq(actions.recommendationId, recommendationId), archived ? undefined : isNull(actions.archivedAt)))
    .orderBy(asc(actions.dueDate), asc(actions.id))
    .all();
  const dtos = toDTOs(db, rows);
  return [...dtos.filter((a) => a.dueDate), ...dtos.filter((a) => !a.dueDate)];
}

/** Responsible institutions must exist, be active and belong to the recommendation's state. */
function checkInstitutions(tx: Tx, stateId: number, ids: number[]) {
  const unique = [...new Set(ids)];
  if (unique.length !== ids.length) {
    const dup = ids.find((id, i) => ids.indexOf(id) !== i)!;
    fieldError("institutionIds", vmsg("field.duplicate", { value: String(dup) }));
  }
  if (!unique.length) return;
  const rows = tx.select().from(institutions).where(inArray(institutions.id, unique)).all();
  for (const id of unique) {
    const row = rows.find((r) => r.id === id);
    if (!row) fieldError("institutionIds", vmsg("write.missingRef", { what: entityLabel("institution"), id }));
    if (row.archivedAt)
      fieldError("institutionIds", vmsg("write.archivedRef", { what: entityLabel("institution"), id }));
    if (row.stateId !== stateId) {
      const state = tx.select({ name: states.name }).from(states).where(eq(states.id, stateId)).get();
      fieldError(
        "institutionIds",
        vmsg("write.institutionStateMismatch", { name: row.name, state: state?.name ?? "" }),
      );
    }
  }
}

function setInstitutions(tx: Tx, actionId: number, ids: number[]) {
  tx.delete(actionInstitutions).where(eq(actionInstitutions.actionId, actionId)).run();
  if (ids.length)
    tx.insert(actionInstitutions)
      .values(ids.map((institutionId) => ({ actionId, institutionId })))
      .run();
}

export function createAction(
  db: DB,
  actor: Actor | null | undefined,
  recommendationId: number,
  input: z.input<typeof actionCreateSchema>,
): ActionDTO {
  const who = assertCan(actor, "action", "create");
  const data = parseInput(actionCreateSchema, input);
  return writeTx(db, (tx) => {
    const rec = openRecommendation(tx, recommendationId);
    checkInstitutions(tx, rec.stateId, data.institutionIds);
    const row = tx
      .insert(actions)
      .values({
        recommendationId,
        title: data.title,
        description: blankToNull(data.description),
        focalPointName: blankToNull(data.focalPointName),
        focalPointContact: blankToNull(data.focalPointContact),
        dueDate: blankToNull(data.dueDate),
        status: data.status,
        createdById: who.id,
      })
      .returning()
      .get();
    setInstitutions(tx, row.id, data.institutionIds);
    const dto = toDTO(tx, row);
    writeAudit(tx, who, "create", "action", row.id, null, dto);
    return dto;
  });
}

export function updateAction(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof actionUpdateSchema>,
): ActionDTO {
  const who = assertCan(actor, "action", "update");
  const data = parseInput(actionUpdateSchema, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, actions, "action", id);
    const beforeDTO = toDTO(tx, before);
    assertVersion("action", before, data.version, beforeDTO);
    const rec = openRecommendation(tx, before.recommendationId);
    if (data.institutionIds) checkInstitutions(tx, rec.stateId, data.institutionIds);
    const optional = (v: string | null | undefined) => (v === undefined ? undefined : blankToNull(v));
    const values = sentOnly({
      title: data.title,
      description: optional(data.description),
      focalPointName: optional(data.focalPointName),
      focalPointContact: optional(data.focalPointContact),
      dueDate: optional(data.dueDate),
      status: data.status,
    });
    const row = updateVersioned(tx, actions, "action", id, data.version, values, (r) => toDTO(tx, r));
    if (data.institutionIds) setInstitutions(tx, id, data.institutionIds);
    const dto = toDTO(tx, row);
    writeAudit(tx, who, "update", "action", id, beforeDTO, dto);
    return dto;
  });
}

/** Adds a dated progress note; earlier notes stay as they were. */
export function addActionProgress(
  db: DB,
  actor: Actor | null | undefined,
  actionId: number,
  input: z.input<typeof actionProgressSchema>,
): ProgressDTO {
  const who = assertCan(actor, "action", "update");
  const data = parseInput(actionProgressSchema, input);
  return writeTx(db, (tx) => {
    const action = tx.select().from(actions).where(eq(actions.id, actionId)).get();
    if (!action) throw new NotFoundError("Action", actionId);
    if (action.archivedAt)
      fieldError("actionId", vmsg("write.archivedRef", { what: entityLabel("action"), id: actionId }));
    const evidenceId = blankToNull(data.evidenceId);
    checkRefs(tx, [{ field: "evidenceId", table: evidence, id: evidenceId, what: "evidence item" }]);
    const row = tx
      .insert(actionProgress)
      .values({
        actionId,
        date: data.date,
        note: data.note,
        evidenceId,
        sourceUrl: blankToNull(data.sourceUrl),
        createdById: who.id,
      })
      .returning()
      .get();
    const title = evidenceId
      ? (tx.select({ title: evidence.title }).from(evidence).where(eq(evidence.id, evidenceId)).get()?.title ?? null)
      : null;
    const dto = toProgressDTO(row, title);
    writeAudit(tx, who, "create", "action_progress", row.id, null, dto);
    return dto;
  });
}

function archiveSpecFor(db: Executor) {
  return { table: actions, entity: "action", toDTO: (r: ActionRow) => toDTO(db, r), policy: "action" as const };
}
export const archiveAction = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpecFor(db), id, input, true);
export const restoreAction = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpecFor(db), id, input, false);
