import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { DB, Tx } from "../../db";
import { assertCan, type Access, type ACCESS_POLICY, type PolicyEntity } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { ConflictError, entityKey, type FieldErrors, NotFoundError, ValidationError } from "../errors";
import { parseInput, versionOnly, type VersionInput } from "../validation/common";
import { vmsg } from "../validation/messages";
import { ENTITY_LABELS } from "../labels";
import { writeAudit } from "./audit";

/** A table with the `editable` columns (id, version, updated_at) and optionally `archivable`. */
export type VersionedTable = SQLiteTable & {
  id: SQLiteColumn;
  version: SQLiteColumn;
  updatedAt: SQLiteColumn;
  archivedAt?: SQLiteColumn;
};
type Row<T extends VersionedTable> = T["$inferSelect"] & { id: number; version: number; archivedAt?: Date | null };

/**
 * Writes run in an IMMEDIATE transaction: the write lock is taken before the
 * first read, so the version check and the update see the same row even when
 * another process (an import, a second server) writes at the same time.
 */
export function writeTx<T>(db: DB, fn: (tx: Tx) => T): T {
  return db.transaction(fn, { behavior: "immediate" });
}

/**
 * A record type's name in the reader's language, from its key ("review_cycle") or its English name
 * ("review cycle"); anything else is returned as given.
 */
export function entityLabel(entity: string) {
  const labels = ENTITY_LABELS as Record<string, string | undefined>;
  const key = entityKey(entity);
  return labels[entity] ?? labels[key] ?? labels[ENTITY_ALIASES[key] ?? ""] ?? entity;
}
const ENTITY_ALIASES: Record<string, string> = { evidence_item: "evidence" };

/** The row by id, or 404. */
export function findOr404<T extends VersionedTable>(tx: Tx, table: T, entity: string, id: number): Row<T> {
  // Drizzle cannot type a select over a generic table; the shape is guaranteed by VersionedTable.
  const row = tx
    .select()
    .from(table as SQLiteTable)
    .where(eq(table.id, id))
    .get() as unknown as Row<T> | undefined;
  if (!row) throw new NotFoundError(entityLabel(entity), id);
  return row;
}

/** Refuses a stale edit, handing back the record as it is now so the user can compare. */
export function assertVersion(entity: string, current: { version: number }, version: number, currentDTO: unknown) {
  if (current.version !== version) {
    throw new ConflictError(vmsg("write.conflict", { entity: entityLabel(entity) }), currentDTO);
  }
}

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?`.
 * Zero rows means someone else got there first: 409 with the current record.
 */
export function updateVersioned<T extends VersionedTable>(
  tx: Tx,
  table: T,
  entity: string,
  id: number,
  version: number,
  values: Record<string, unknown>,
  toDTO: (row: Row<T>) => unknown,
): Row<T> {
  // The generic table defeats drizzle's column typing; callers pass only their own table's columns.
  const updated = tx
    .update(table as SQLiteTable)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning()
    .get() as unknown as Row<T> | undefined;
  if (updated) return updated;
  const current = findOr404(tx, table, entity, id);
  throw new ConflictError(vmsg("write.conflict", { entity: entityLabel(entity) }), toDTO(current));
}

/** The entities the access policy lets someone archive and restore. */
type ArchivableEntity = {
  [E in PolicyEntity]: (typeof ACCESS_POLICY)[E] extends { archive: unknown; restore: unknown } ? E : never;
}[PolicyEntity];

export type ArchiveSpec<T extends VersionedTable, D> = {
  table: T;
  entity: string;
  toDTO: (row: Row<T>) => D;
  /** Its row of the access policy: who may archive and restore it. */
  policy: ArchivableEntity;
  /** Runs inside the transaction after the change (e.g. refresh derived columns). */
  after?: (tx: Tx, row: Row<T>) => void;
};

/** Archive (hide, never delete) or restore a record, with its version check and audit entry. */
export function setArchived<T extends VersionedTable, D>(
  db: DB,
  actor: Actor | null | undefined,
  spec: ArchiveSpec<T, D>,
  id: number,
  input: VersionInput,
  archived: boolean,
): D {
  // TypeScript checks a tuple of unions against the Access union only up to 25 combinations;
  // every pair here is in the table by ArchivableEntity's definition.
  const who = assertCan(actor, ...([spec.policy, archived ? "archive" : "restore"] as Access));
  const { version } = parseInput(versionOnly, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, spec.table, spec.entity, id);
    assertVersion(spec.entity, before, version, spec.toDTO(before));
    if ((before.archivedAt != null) === archived) {
      throw new ValidationError(
        vmsg(archived ? "write.alreadyArchived" : "write.notArchived", { entity: entityLabel(spec.entity) }),
      );
    }
    const row = updateVersioned(
      tx,
      spec.table,
      spec.entity,
      id,
      version,
      { archivedAt: archived ? new Date() : null },
      spec.toDTO,
    );
    spec.after?.(tx, row);
    const dto = spec.toDTO(row);
    writeAudit(tx, who, archived ? "archive" : "restore", spec.entity, id, spec.toDTO(before), dto);
    return dto;
  });
}

/**
 * Checks that referenced rows exist and are not archived, so a bad id gets a
 * field message instead of a foreign-key failure.
 */
export function checkRefs(
  tx: Tx,
  refs: { field: string; table: VersionedTable; id: number | null | undefined; what: string }[],
) {
  const fields: FieldErrors = {};
  for (const ref of refs) {
    if (ref.id == null) continue;
    const row = tx
      .select()
      .from(ref.table as SQLiteTable)
      .where(eq(ref.table.id, ref.id))
      .get() as unknown as { archivedAt?: Date | null } | undefined;
    if (!row) fields[ref.field] = [vmsg("write.missingRef", { what: entityLabel(ref.what), id: ref.id })];
    else if (row.archivedAt)
      fields[ref.field] = [vmsg("write.archivedRef", { what: entityLabel(ref.what), id: ref.id })];
  }
  if (Object.keys(fields).length) throw new ValidationError(vmsg("form.invalid"), fields);
}

/** A field-level refusal (duplicate code, mismatching symbol …). */
export function fieldError(field: string, message: string): never {
  throw new ValidationError(vmsg("form.invalid"), { [field]: [message] });
}

/** Keeps only the keys the caller actually sent, so PATCH leaves the rest untouched. */
export function sentOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
