import "server-only";
import type { z } from "zod";
import { and, asc, count, eq, isNull, like, or, type SQL } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { bodies, type BodyRow } from "../../db/schema";
import type { BodyKind } from "../../db/schema/enums";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { bodyCreateSchema, bodyUpdateSchema } from "../validation/bodies";
import { blankToNull, parseInput, type VersionInput } from "../validation/common";
import { vmsg } from "../validation/messages";
import { writeAudit } from "./audit";
import type { ListOptions } from "./states";
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

export type BodyDTO = {
  id: number;
  code: string;
  name: string;
  kind: BodyKind;
  treaty: string | null;
  version: number;
  archived: boolean;
  updatedAt: string | null;
};

export const toBodyDTO = (r: BodyRow): BodyDTO => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind,
  treaty: r.treaty,
  version: r.version,
  archived: r.archivedAt != null,
  updatedAt: iso(r.updatedAt),
});

export function listBodies(db: Executor, opts: ListOptions = {}): { rows: BodyDTO[]; total: number } {
  const where: SQL[] = [];
  if (!opts.archived) where.push(isNull(bodies.archivedAt));
  if (opts.q) where.push(or(like(bodies.code, `%${opts.q}%`), like(bodies.name, `%${opts.q}%`))!);
  const per = opts.per ?? 100;
  const cond = where.length ? and(...where) : undefined;
  const rows = db
    .select()
    .from(bodies)
    .where(cond)
    .orderBy(asc(bodies.code))
    .limit(per)
    .offset(((opts.page ?? 1) - 1) * per)
    .all();
  return { rows: rows.map(toBodyDTO), total: db.select({ n: count() }).from(bodies).where(cond).get()!.n };
}

export function getBody(db: Executor, id: number): BodyDTO | null {
  const row = db.select().from(bodies).where(eq(bodies.id, id)).get();
  return row ? toBodyDTO(row) : null;
}

function assertCodeFree(db: Executor, code: string, exceptId?: number) {
  const clash = db.select({ id: bodies.id }).from(bodies).where(eq(bodies.code, code)).get();
  if (clash && clash.id !== exceptId)
    fieldError("code", vmsg("write.duplicate", { entity: entityLabel("body"), field: "code", value: code }));
}

export function createBody(db: DB, actor: Actor | null | undefined, input: z.input<typeof bodyCreateSchema>): BodyDTO {
  const who = assertCan(actor, "body", "create");
  const data = parseInput(bodyCreateSchema, input);
  return writeTx(db, (tx) => {
    assertCodeFree(tx, data.code);
    const row = tx
      .insert(bodies)
      .values({ code: data.code, name: data.name, kind: data.kind, treaty: blankToNull(data.treaty) })
      .returning()
      .get();
    const dto = toBodyDTO(row);
    writeAudit(tx, who, "create", "body", row.id, null, dto);
    return dto;
  });
}

export function updateBody(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof bodyUpdateSchema>,
): BodyDTO {
  const who = assertCan(actor, "body", "update");
  const data = parseInput(bodyUpdateSchema, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, bodies, "body", id);
    assertVersion("body", before, data.version, toBodyDTO(before));
    if (data.code) assertCodeFree(tx, data.code, id);
    const values = sentOnly({
      code: data.code,
      name: data.name,
      kind: data.kind,
      treaty: data.treaty === undefined ? undefined : blankToNull(data.treaty),
    });
    const row = updateVersioned(tx, bodies, "body", id, data.version, values, toBodyDTO);
    const dto = toBodyDTO(row);
    writeAudit(tx, who, "update", "body", id, toBodyDTO(before), dto);
    return dto;
  });
}

const archiveSpec = { table: bodies, entity: "body", toDTO: toBodyDTO, policy: "body" as const };
export const archiveBody = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, true);
export const restoreBody = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, false);
