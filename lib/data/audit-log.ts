import "server-only";
import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Executor } from "../../db";
import { auditLog } from "../../db/schema";

export type AuditFilters = {
  userId?: number;
  entity?: string;
  entityId?: number;
  from?: string;
  to?: string;
  page?: number;
  per?: number;
};
export type AuditEntry = {
  id: number;
  at: string;
  userId: number | null;
  userEmail: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
  changes: FieldChange[];
};
export type FieldChange = { field: string; before: unknown; after: unknown };

/** The fields whose value differs between two snapshots (a created record lists every field it has). */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (f) => !["updatedAt", "createdAt", "version"].includes(f),
  );
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((f) => ({ field: f, before: b[f] ?? null, after: a[f] ?? null }));
}

function where(f: AuditFilters): SQL | undefined {
  const parts: SQL[] = [];
  if (f.userId) parts.push(eq(auditLog.userId, f.userId));
  if (f.entity) parts.push(eq(auditLog.entity, f.entity));
  if (f.entityId) parts.push(eq(auditLog.entityId, f.entityId));
  // Dates are whole days in UTC: "to" includes the day it names.
  if (f.from) parts.push(gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) parts.push(lt(auditLog.at, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)));
  return parts.length ? and(...parts) : undefined;
}

/** Audit entries, newest first. Callers check that the actor is an admin. */
export function listAuditEntries(db: Executor, f: AuditFilters = {}): { data: AuditEntry[]; total: number } {
  const per = Math.min(Math.max(f.per ?? 50, 1), 200);
  const page = Math.max(f.page ?? 1, 1);
  const w = where(f);
  const total = db.select({ n: count() }).from(auditLog).where(w).get()!.n;
  const rows = db
    .select()
    .from(auditLog)
    .where(w)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(per)
    .offset((page - 1) * per)
    .all();
  return {
    total,
    data: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      userId: r.userId,
      userEmail: r.userEmail,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      changes: diffSnapshots(r.before, r.after),
    })),
  };
}

export function listAuditEntities(db: Executor): string[] {
  return db
    .selectDistinct({ entity: auditLog.entity })
    .from(auditLog)
    .orderBy(auditLog.entity)
    .all()
    .map((r) => r.entity);
}
