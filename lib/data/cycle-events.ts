import "server-only";
import type { z } from "zod";
import { and, asc, count, eq, isNull, like, type SQL } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { cycleEvents, reviewCycles, type CycleEventRow } from "../../db/schema";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { blankToNull, parseInput, type VersionInput } from "../validation/common";
import { cycleEventCreateSchema, cycleEventUpdateSchema } from "../validation/cycle-events";
import { writeAudit } from "./audit";
import type { ListOptions } from "./states";
import {
  assertVersion,
  checkRefs,
  findOr404,
  iso,
  sentOnly,
  setArchived,
  updateVersioned,
  writeTx,
} from "./write-helpers";

export type CycleEventDTO = Omit<CycleEventRow, "createdAt" | "updatedAt" | "archivedAt" | "createdById"> & {
  archived: boolean;
  updatedAt: string | null;
};

export const toCycleEventDTO = (r: CycleEventRow): CycleEventDTO => {
  const { createdAt: _c, updatedAt, archivedAt, createdById: _b, ...rest } = r;
  return { ...rest, archived: archivedAt != null, updatedAt: iso(updatedAt) };
};

export function listCycleEvents(
  db: Executor,
  opts: ListOptions & { cycleId?: number } = {},
): { rows: CycleEventDTO[]; total: number } {
  const where: SQL[] = [];
  if (!opts.archived) where.push(isNull(cycleEvents.archivedAt));
  if (opts.cycleId) where.push(eq(cycleEvents.cycleId, opts.cycleId));
  if (opts.q) where.push(like(cycleEvents.title, `%${opts.q}%`));
  const per = opts.per ?? 100;
  const cond = where.length ? and(...where) : undefined;
  const rows = db
    .select()
    .from(cycleEvents)
    .where(cond)
    .orderBy(asc(cycleEvents.date), asc(cycleEvents.id))
    .limit(per)
    .offset(((opts.page ?? 1) - 1) * per)
    .all();
  return { rows: rows.map(toCycleEventDTO), total: db.select({ n: count() }).from(cycleEvents).where(cond).get()!.n };
}

export function getCycleEvent(db: Executor, id: number): CycleEventDTO | null {
  const row = db.select().from(cycleEvents).where(eq(cycleEvents.id, id)).get();
  return row ? toCycleEventDTO(row) : null;
}

export function createCycleEvent(
  db: DB,
  actor: Actor | null | undefined,
  input: z.input<typeof cycleEventCreateSchema>,
): CycleEventDTO {
  const who = assertCan(actor, "cycleEvent", "create");
  const data = parseInput(cycleEventCreateSchema, input);
  return writeTx(db, (tx) => {
    checkRefs(tx, [{ field: "cycleId", table: reviewCycles, id: data.cycleId, what: "review cycle" }]);
    const row = tx
      .insert(cycleEvents)
      .values({
        cycleId: data.cycleId,
        date: data.date,
        title: data.title,
        notes: blankToNull(data.notes),
        createdById: who.id,
      })
      .returning()
      .get();
    const dto = toCycleEventDTO(row);
    writeAudit(tx, who, "create", "cycle_event", row.id, null, dto);
    return dto;
  });
}

export function updateCycleEvent(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof cycleEventUpdateSchema>,
): CycleEventDTO {
  const who = assertCan(actor, "cycleEvent", "update");
  const data = parseInput(cycleEventUpdateSchema, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, cycleEvents, "cycle_event", id);
    assertVersion("cycle_event", before, data.version, toCycleEventDTO(before));
    checkRefs(tx, [{ field: "cycleId", table: reviewCycles, id: data.cycleId, what: "review cycle" }]);
    const values = sentOnly({
      cycleId: data.cycleId,
      date: data.date,
      title: data.title,
      notes: data.notes === undefined ? undefined : blankToNull(data.notes),
    });
    const row = updateVersioned(tx, cycleEvents, "cycle_event", id, data.version, values, toCycleEventDTO);
    const dto = toCycleEventDTO(row);
    writeAudit(tx, who, "update", "cycle_event", id, toCycleEventDTO(before), dto);
    return dto;
  });
}

const archiveSpec = {
  table: cycleEvents,
  entity: "cycle_event",
  toDTO: toCycleEventDTO,
  policy: "cycleEvent" as const,
};
export const archiveCycleEvent = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, true);
export const restoreCycleEvent = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, false);
