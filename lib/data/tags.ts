import "server-only";
import type { z } from "zod";
import { and, asc, count, eq, isNull, like, sql, type SQL } from "drizzle-orm";
import type { DB, Executor, Tx } from "../../db";
import { tags, type TagRow } from "../../db/schema";
import type { TagKind } from "../../db/schema/enums";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { parseInput, type VersionInput } from "../validation/common";
import { vmsg } from "../validation/messages";
import { tagCreateSchema, tagUpdateSchema } from "../validation/tags";
import { writeAudit } from "./audit";
import type { ListOptions } from "./states";
import { assertVersion, fieldError, findOr404, iso, setArchived, updateVersioned, writeTx } from "./write-helpers";

export type TagDTO = {
  id: number;
  kind: TagKind;
  name: string;
  version: number;
  archived: boolean;
  updatedAt: string | null;
};
export const toTagDTO = (r: TagRow): TagDTO => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  version: r.version,
  archived: r.archivedAt != null,
  updatedAt: iso(r.updatedAt),
});

const KIND_LABEL: Record<TagKind, string> = {
  theme: "theme",
  affected_persons: "affected-persons tag",
  sdg: "SDG target",
};

export function listTags(db: Executor, opts: ListOptions & { kind?: TagKind } = {}): { rows: TagDTO[]; total: number } {
  const where: SQL[] = [];
  if (!opts.archived) where.push(isNull(tags.archivedAt));
  if (opts.kind) where.push(eq(tags.kind, opts.kind));
  if (opts.q) where.push(like(tags.name, `%${opts.q}%`));
  const per = opts.per ?? 200;
  const cond = where.length ? and(...where) : undefined;
  const rows = db
    .select()
    .from(tags)
    .where(cond)
    .orderBy(asc(tags.kind), asc(tags.name))
    .limit(per)
    .offset(((opts.page ?? 1) - 1) * per)
    .all();
  return { rows: rows.map(toTagDTO), total: db.select({ n: count() }).from(tags).where(cond).get()!.n };
}

export function getTag(db: Executor, id: number): TagDTO | null {
  const row = db.select().from(tags).where(eq(tags.id, id)).get();
  return row ? toTagDTO(row) : null;
}

/** Same kind, same name ignoring case: "Torture" and "torture" are one tag. */
function findByName(tx: Executor, kind: TagKind, name: string) {
  return tx
    .select()
    .from(tags)
    .where(and(eq(tags.kind, kind), sql`lower(${tags.name}) = lower(${name})`))
    .get();
}

/**
 * Tag ids for names typed on a recommendation. A new name creates the tag
 * (audited); an archived one is refused, because admins archived it on purpose.
 */
export function resolveTagIds(tx: Tx, actor: Actor, kind: TagKind, names: string[], field: string): number[] {
  const ids: number[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const existing = findByName(tx, kind, name);
    if (existing?.archivedAt)
      fieldError(field, vmsg("write.tagArchived", { kind: KIND_LABEL[kind], name: existing.name }));
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const row = tx.insert(tags).values({ kind, name }).returning().get();
    writeAudit(tx, actor, "create", "tag", row.id, null, toTagDTO(row));
    ids.push(row.id);
  }
  return ids;
}

export function createTag(db: DB, actor: Actor | null | undefined, input: z.input<typeof tagCreateSchema>): TagDTO {
  const who = assertCan(actor, "tag", "create");
  const data = parseInput(tagCreateSchema, input);
  return writeTx(db, (tx) => {
    if (findByName(tx, data.kind, data.name))
      fieldError("name", vmsg("write.duplicate", { entity: KIND_LABEL[data.kind], field: "name", value: data.name }));
    const row = tx.insert(tags).values(data).returning().get();
    const dto = toTagDTO(row);
    writeAudit(tx, who, "create", "tag", row.id, null, dto);
    return dto;
  });
}

/** Renaming a tag renames it on every recommendation that carries it. */
export function updateTag(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof tagUpdateSchema>,
): TagDTO {
  const who = assertCan(actor, "tag", "update");
  const data = parseInput(tagUpdateSchema, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, tags, "tag", id);
    assertVersion("tag", before, data.version, toTagDTO(before));
    if (data.name) {
      const clash = findByName(tx, before.kind, data.name);
      if (clash && clash.id !== id)
        fieldError(
          "name",
          vmsg("write.duplicate", { entity: KIND_LABEL[before.kind], field: "name", value: data.name }),
        );
    }
    const row = updateVersioned(tx, tags, "tag", id, data.version, data.name ? { name: data.name } : {}, toTagDTO);
    const dto = toTagDTO(row);
    writeAudit(tx, who, "update", "tag", id, toTagDTO(before), dto);
    return dto;
  });
}

const archiveSpec = { table: tags, entity: "tag", toDTO: toTagDTO, policy: "tag" as const };
export const archiveTag = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, true);
export const restoreTag = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, id, input, false);
