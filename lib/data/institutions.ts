import "server-only";
import type { z } from "zod";
import { and, asc, count, eq, inArray, isNull, like, type SQL } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { institutions, states, type InstitutionRow } from "../../db/schema";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { parseInput, type VersionInput } from "../validation/common";
import { institutionCreateSchema, institutionUpdateSchema } from "../validation/institutions";
import { vmsg } from "../validation/messages";
import { writeAudit } from "./audit";
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

export type InstitutionDTO = Omit<InstitutionRow, "createdAt" | "updatedAt" | "archivedAt"> & {
  archived: boolean;
  updatedAt: string | null;
};

export const toInstitutionDTO = (r: InstitutionRow): InstitutionDTO => {
  const { createdAt: _c, updatedAt, archivedAt, ...rest } = r;
  return { ...rest, archived: archivedAt != null, updatedAt: iso(updatedAt) };
};

export type InstitutionListItem = InstitutionDTO & { stateCode: string };
export type InstitutionListOptions = ListOptions & { stateId?: number; stateCode?: string };

export function listInstitutions(
  db: Executor,
  opts: InstitutionListOptions = {},
): { rows: InstitutionListItem[]; total: number } {
  const where: SQL[] = [];
  if (!opts.archived) where.push(isNull(institutions.archivedAt));
  if (opts.stateId) where.push(eq(institutions.stateId, opts.stateId));
  if (opts.stateCode) {
    const state = db.select({ id: states.id }).from(states).where(eq(states.code, opts.stateCode.toUpperCase())).get();
    where.push(eq(institutions.stateId, state?.id ?? 0));
  }
  if (opts.q) where.push(like(institutions.name, `%${opts.q}%`));
  const per = opts.per ?? 100;
  const cond = where.length ? and(...where) : undefined;
  const rows = db
    .select({ i: institutions, stateCode: states.code })
    .from(institutions)
    .innerJoin(states, eq(states.id, institutions.stateId))
    .where(cond)
    .orderBy(asc(states.code), asc(institutions.name))
    .limit(per)
    .offset(((opts.page ?? 1) - 1) * per)
    .all();
  return {
    rows: rows.map((r) => ({ ...toInstitutionDTO(r.i), stateCode: r.stateCode })),
    total: db.select({ n: count() }).from(institutions).where(cond).get()!.n,
  };
}

export function getInstitution(db: Executor, id: number): InstitutionDTO | null {
  const row = db.select().from(institutions).where(eq(institutions.id, id)).get();
  return row ? toInstitutionDTO(row) : null;
}

/** Names by id, for labels (chosen filter values, the dashboard, exports). */
export function institutionNames(db: Executor, ids: number[]): Map<number, string> {
  if (!ids.length) return new Map();
  return new Map(
    db
      .select({ id: institutions.id, name: institutions.name })
      .from(institutions)
      .where(inArray(institutions.id, ids))
      .all()
      .map((r) => [r.id, r.name]),
  );
}

function assertNameFree(db: Executor, stateId: number, name: string, exceptId?: number) {
  const clash = db
    .select({ id: institutions.id })
    .from(institutions)
    .where(and(eq(institutions.stateId, stateId), eq(institutions.name, name)))
    .get();
  if (clash && clash.id !== exceptId)
    fieldError("name", vmsg("write.duplicate", { entity: entityLabel("institution"), field: "name", value: name }));
}

export function createInstitution(
  db: DB,
  actor: Actor | null | undefined,
  input: z.input<typeof institutionCreateSchema>,
): InstitutionDTO {
  const who = assertCan(actor, "institution", "create");
  const data = parseInput(institutionCreateSchema, input);
  return writeTx(db, (tx) => {
    checkRefs(tx, [{ field: "stateId", table: states, id: data.stateId, what: "state" }]);
    assertNameFree(tx, data.stateId, data.name);
    const row = tx.insert(institutions).values(data).returning().get();
    const dto = toInstitutionDTO(row);
    writeAudit(tx, who, "create", "institution", row.id, null, dto);
    return dto;
  });
}

export function updateInstitution(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof institutionUpdateSchema>,
): InstitutionDTO {
  const who = assertCan(actor, "institution", "update");
  const data = parseInput(institutionUpdateSchema, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, institutions, "institution", id);
    assertVersion("institution", before, data.version, toInstitutionDTO(before));
    checkRefs(tx, [{ field: "stateId", table: states, id: data.stateId, what: "state" }]);
    assertNameFree(tx, data.stateId ?? before.stateId, data.name ?? before.name, id);
    const values = sentOnly({ stateId: data.stateId, name: data.name, kind: data.kind });
    const row = updateVersioned(tx, institutions, "institution", id, data.version, values, toInstitutionDTO);
    const dto = toInstitutionDTO(row);
    writeAudit(tx, who, "update", "institution", id, toInstitutionDTO(before), dto);
    return dto;
  });
}

const archiveSpec = {
  table: institutions,
  entity: "institution",
  toDTO: toInstitutionDTO,
  policy: "institution" as const,
};
export const archiveInstitution = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, true);
export const restoreInstitution = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, false);

/** Form choices: a state's active institutions. */
export function institutionOptions(db: Executor, stateId: number): { value: string; label: string }[] {
  return db
    .select({ id: institutions.id, name: institutions.name })
    .from(institutions)
    .where(and(eq(institutions.stateId, stateId), isNull(institutions.archivedAt)))
    .orderBy(asc(institutions.name))
    .all()
    .map((r) => ({ value: String(r.id), label: r.name }));
}
