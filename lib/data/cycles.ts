import "server-only";
import type { z } from "zod";
import { and, asc, count, desc, eq, isNull, type SQL } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { bodies, reviewCycles, states, type ReviewCycleRow } from "../../db/schema";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { blankToNull, parseInput, type VersionInput } from "../validation/common";
import { cycleCreateSchema, cycleUpdateSchema } from "../validation/cycles";
import { vmsg } from "../validation/messages";
import { writeAudit } from "./audit";
import { refreshCycleRecommendations } from "./refresh";
import type { ListOptions } from "./states";
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

export type CycleDTO = Omit<ReviewCycleRow, "createdAt" | "updatedAt" | "archivedAt"> & {
  archived: boolean;
  updatedAt: string | null;
};

export const toCycleDTO = (r: ReviewCycleRow): CycleDTO => {
  const { createdAt: _c, updatedAt, archivedAt, ...rest } = r;
  return { ...rest, archived: archivedAt != null, updatedAt: iso(updatedAt) };
};

export type CycleListOptions = ListOptions & { stateId?: number; bodyId?: number };

export function listCycles(db: Executor, opts: CycleListOptions = {}): { rows: CycleDTO[]; total: number } {
  const where: SQL[] = [];
  if (!opts.archived) where.push(isNull(reviewCycles.archivedAt));
  if (opts.stateId) where.push(eq(reviewCycles.stateId, opts.stateId));
  if (opts.bodyId) where.push(eq(reviewCycles.bodyId, opts.bodyId));
  const per = opts.per ?? 100;
  const cond = where.length ? and(...where) : undefined;
  const rows = db
    .select()
    .from(reviewCycles)
    .where(cond)
    .orderBy(asc(reviewCycles.stateId), asc(reviewCycles.bodyId), desc(reviewCycles.ordinal))
    .limit(per)
    .offset(((opts.page ?? 1) - 1) * per)
    .all();
  return { rows: rows.map(toCycleDTO), total: db.select({ n: count() }).from(reviewCycles).where(cond).get()!.n };
}

export function getCycle(db: Executor, id: number): CycleDTO | null {
  const row = db.select().from(reviewCycles).where(eq(reviewCycles.id, id)).get();
  return row ? toCycleDTO(row) : null;
}

function assertOrdinalFree(db: Executor, stateId: number, bodyId: number, ordinal: number, exceptId?: number) {
  const clash = db
    .select({ id: reviewCycles.id })
    .from(reviewCycles)
    .where(and(eq(reviewCycles.stateId, stateId), eq(reviewCycles.bodyId, bodyId), eq(reviewCycles.ordinal, ordinal)))
    .get();
  if (clash && clash.id !== exceptId)
    fieldError(
      "ordinal",
      vmsg("write.duplicate", { entity: entityLabel("review cycle"), field: "number", value: ordinal }),
    );
}

const columnsOf = (d: Partial<ReturnType<typeof cycleCreateSchema.parse>>): Record<string, unknown> =>
  sentOnly({
    stateId: d.stateId,
    bodyId: d.bodyId,
    ordinal: d.ordinal,
    uprSession: d.uprSession === undefined ? undefined : blankToNull(d.uprSession),
    reportDate: d.reportDate === undefined ? undefined : blankToNull(d.reportDate),
    sessionDate: d.sessionDate === undefined ? undefined : blankToNull(d.sessionDate),
    adoptionDate: d.adoptionDate === undefined ? undefined : blankToNull(d.adoptionDate),
    followUpDeadline: d.followUpDeadline === undefined ? undefined : blankToNull(d.followUpDeadline),
    nextReportDue: d.nextReportDue === undefined ? undefined : blankToNull(d.nextReportDue),
    followUpParagraphs: d.followUpParagraphs === undefined ? undefined : blankToNull(d.followUpParagraphs),
    notes: d.notes === undefined ? undefined : blankToNull(d.notes),
  });

export function createCycle(
  db: DB,
  actor: Actor | null | undefined,
  input: z.input<typeof cycleCreateSchema>,
): CycleDTO {
  const who = assertCan(actor, "cycle", "create");
  const data = parseInput(cycleCreateSchema, input);
  return writeTx(db, (tx) => {
    checkRefs(tx, [
      { field: "stateId", table: states, id: data.stateId, what: "state" },
      { field: "bodyId", table: bodies, id: data.bodyId, what: "body" },
    ]);
    assertOrdinalFree(tx, data.stateId, data.bodyId, data.ordinal);
    const row = tx
      .insert(reviewCycles)
      .values(columnsOf(data) as typeof reviewCycles.$inferInsert)
      .returning()
      .get();
    const dto = toCycleDTO(row);
    writeAudit(tx, who, "create", "review_cycle", row.id, null, dto);
    return dto;
  });
}

export function updateCycle(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof cycleUpdateSchema>,
): CycleDTO {
  const who = assertCan(actor, "cycle", "update");
  const data = parseInput(cycleUpdateSchema, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, reviewCycles, "review_cycle", id);
    assertVersion("review_cycle", before, data.version, toCycleDTO(before));
    checkRefs(tx, [
      { field: "stateId", table: states, id: data.stateId, what: "state" },
      { field: "bodyId", table: bodies, id: data.bodyId, what: "body" },
    ]);
    assertOrdinalFree(
      tx,
      data.stateId ?? before.stateId,
      data.bodyId ?? before.bodyId,
      data.ordinal ?? before.ordinal,
      id,
    );
    const { version, ...rest } = data;
    const row = updateVersioned(tx, reviewCycles, "review_cycle", id, version, columnsOf(rest), toCycleDTO);
    refreshCycleRecommendations(tx, id);
    const dto = toCycleDTO(row);
    writeAudit(tx, who, "update", "review_cycle", id, toCycleDTO(before), dto);
    return dto;
  });
}

const archiveSpec = { table: reviewCycles, entity: "review_cycle", toDTO: toCycleDTO, policy: "cycle" as const };
export const archiveCycle = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, true);
export const restoreCycle = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, false);
