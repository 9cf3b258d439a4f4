import "server-only";
import type { z } from "zod";
import { and, asc, count, eq, isNull, like, or, type SQL } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { states, type StateRow } from "../../db/schema";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { parseInput, type VersionInput } from "../validation/common";
import { vmsg } from "../validation/messages";
import { stateCreateSchema, stateUpdateSchema } from "../validation/states";
import { writeAudit } from "./audit";
import {
  assertVersion,
  entityLabel,
  fieldError,
  findOr404,
  iso,
  sentOnly,
  setArchived,
  updateVersioned,
  writeTx,
} from "./write-helpers";

export type StateDTO = {
  id: number;
  code: string;
  name: string;
  published: boolean;
  version: number;
  archived: boolean;
  updatedAt: string | null;
};

export const toStateDTO = (r: StateRow): StateDTO => ({
  id: r.id,
  code: r.code,
  name: r.name,
  published: r.published,
  version: r.version,
  archived: r.archivedAt != null,
  updatedAt: iso(r.updatedAt),
});

export type ListOptions = { archived?: boolean; q?: string; page?: number; per?: number };

export function listStates(db: Executor, opts: ListOptions = {}): { rows: StateDTO[]; total: number } {
  const where: SQL[] = [];
  if (!opts.archived) where.push(isNull(states.archivedAt));
  if (opts.q) where.push(or(like(states.code, `%${opts.q}%`), like(states.name, `%${opts.q}%`))!);
  const per = opts.per ?? 100;
  const page = opts.page ?? 1;
  const cond = where.length ? and(...where) : undefined;
  const rows = db
    .select()
    .from(states)
    .where(cond)
    .orderBy(asc(states.name))
    .limit(per)
    .offset((page - 1) * per)
    .all();
  const total = db.select({ n: count() }).from(states).where(cond).get()!.n;
  return { rows: rows.map(toStateDTO), total };
}

export function getState(db: Executor, id: number): StateDTO | null {
  const row = db.select().from(states).where(eq(states.id, id)).get();
  return row ? toStateDTO(row) : null;
}

function assertCodeFree(db: Executor, code: string, exceptId?: number) {
  const clash = db.select({ id: states.id }).from(states).where(eq(states.code, code)).get();
  if (clash && clash.id !== exceptId)
    fieldError("code", vmsg("write.duplicate", { entity: entityLabel("state"), field: "code", value: code }));
}

export function createState(
  db: DB,
  actor: Actor | null | undefined,
  input: z.input<typeof stateCreateSchema>,
): StateDTO {
  const who = assertCan(actor, "state", "create");
  const data = parseInput(stateCreateSchema, input);
  return writeTx(db, (tx) => {
    assertCodeFree(tx, data.code);
    const row = tx
      .insert(states)
      .values({ code: data.code, name: data.name, published: data.published ?? false })
      .returning()
      .get();
    const dto = toStateDTO(row);
    writeAudit(tx, who, "create", "state", row.id, null, dto);
    return dto;
  });
}

export function updateState(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof stateUpdateSchema>,
): StateDTO {
  const who = assertCan(actor, "state", "update");
  const data = parseInput(stateUpdateSchema, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, states, "state", id);
    assertVersion("state", before, data.version, toStateDTO(before));
    if (data.code) assertCodeFree(tx, data.code, id);
    const row = updateVersioned(
      tx,
      states,
      "state",
      id,
      data.version,
      sentOnly({ code: data.code, name: data.name, published: data.published }),
      toStateDTO,
    );
    const dto = toStateDTO(row);
    writeAudit(tx, who, "update", "state", id, toStateDTO(before), dto);
    return dto;
  });
}

const archiveSpec = { table: states, entity: "state", toDTO: toStateDTO, policy: "state" as const };

export function archiveState(db: DB, actor: Actor | null | undefined, id: number, input: VersionInput): StateDTO {
  return setArchived(db, actor, archiveSpec, id, input, true);
}

export function restoreState(db: DB, actor: Actor | null | undefined, id: number, input: VersionInput): StateDTO {
  return setArchived(db, actor, archiveSpec, id, input, false);
}
