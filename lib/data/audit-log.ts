import "server-only";
import { and, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db";
import { auditLog, users } from "../../db/schema";
import { auditActionLabel, auditEntityLabel, auditEntityType, storedEntities } from "../audit-labels";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { parseInput } from "../validation/common";
import { auditQuerySchema, type AuditQuery } from "../validation/queries";

/** The audit log for admins: the page /admin/audit and GET /api/v1/audit read it through here. */
type AuditFilters = {
  userId?: number;
  entity?: string;
  entityId?: number;
  action?: string;
  /** Words anywhere in what the entry recorded (a name, a symbol, a file name). */
  q?: string;
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

/**
 * The history of one record: its own entries, and for a recommendation also
 * those of its state responses, grades, assessments and reiteration links,
 * which carry its id in what they recorded.
 */
function recordHistory(entity: string, id: number): SQL {
  const own = and(inArray(auditLog.entity, storedEntities(entity)), eq(auditLog.entityId, id));
  if (auditEntityType(entity) !== "recommendation") return own!;
  const carries = (field: string) =>
    sql`(json_extract(${auditLog.after}, ${`$.${field}`}) = ${id} OR json_extract(${auditLog.before}, ${`$.${field}`}) = ${id})`;
  return or(
    own,
    and(inArray(auditLog.entity, ["state_response", "follow_up_grade", "assessment"]), carries("recommendationId")),
    and(eq(auditLog.entity, "reiteration"), or(carries("recommendationId"), carries("earlierId"))),
  )!;
}

function where(f: AuditFilters): SQL | undefined {
  const parts: SQL[] = [];
  if (f.userId) parts.push(eq(auditLog.userId, f.userId));
  if (f.entity && f.entityId) parts.push(recordHistory(f.entity, f.entityId));
  else if (f.entity) parts.push(inArray(auditLog.entity, storedEntities(f.entity)));
  else if (f.entityId) parts.push(eq(auditLog.entityId, f.entityId));
  if (f.action) parts.push(eq(auditLog.action, f.action));
  if (f.q) {
    const needle = f.q.toLowerCase();
    parts.push(
      sql`(instr(lower(COALESCE(${auditLog.after}, '') || ' ' || COALESCE(${auditLog.before}, '')
        || ' ' || COALESCE(${auditLog.userEmail}, '')), ${needle}) > 0)`,
    );
  }
  // Dates are whole days in UTC: "to" includes the day it names.
  if (f.from) parts.push(gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) parts.push(lt(auditLog.at, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)));
  return parts.length ? and(...parts) : undefined;
}

function listAuditEntries(db: Executor, f: AuditFilters = {}): { data: AuditEntry[]; total: number } {
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

/**
 * The filters as the page's form or an API client sends them (one schema,
 * lib/validation/queries.ts). `lenient` drops a value that does not parse
 * instead of refusing the request: a page shows the unfiltered log, the API answers 400.
 */
export function parseAuditQuery(query: Record<string, unknown>, { lenient = false } = {}): AuditQuery {
  if (!lenient) return parseInput(auditQuerySchema, query);
  const result = auditQuerySchema.safeParse(query);
  if (result.success) return result.data;
  const bad = new Set(result.error.issues.map((i) => String(i.path[0])));
  return auditQuerySchema.parse(Object.fromEntries(Object.entries(query).filter(([k]) => !bad.has(k))));
}

/** A partial date widened to whole days: from "2024" means 2024-01-01, to "2024" means 2024-12-31. */
function day(value: string | null | undefined, end: boolean): string | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split("-").map(Number);
  if (d) return value;
  if (m) return end ? new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) : `${value}-01`;
  return end ? `${y}-12-31` : `${y}-01-01`;
}

/** A user named by id or email; an unknown email matches no entry (-1), not everyone. */
function userIdOf(db: Executor, user: string | undefined): number | undefined {
  if (!user) return undefined;
  if (/^\d+$/.test(user)) return Number(user);
  return db.select({ id: users.id }).from(users).where(eq(users.email, user.toLowerCase())).get()?.id ?? -1;
}

/** Audit entries, newest first, for an admin. */
export function listAuditLog(db: Executor, actor: Actor | null | undefined, q: AuditQuery) {
  assertCan(actor, "audit", "read");
  return listAuditEntries(db, {
    userId: userIdOf(db, q.user),
    entity: q.entity || undefined,
    entityId: q.entityId,
    action: q.action || undefined,
    q: q.q || undefined,
    from: day(q.from, false),
    to: day(q.to, true),
    page: q.page,
    per: q.per,
  });
}

/** The choices of the audit page's filter form: every user, every kind of record and every action logged. */
export function auditFilterOptions(db: Executor, actor: Actor | null | undefined) {
  assertCan(actor, "audit", "read");
  const stored = db
    .selectDistinct({ entity: auditLog.entity })
    .from(auditLog)
    .all()
    .map((r) => r.entity);
  const types = [...new Set(stored.map((e) => auditEntityType(e) ?? e))];
  return {
    users: db.select({ id: users.id, email: users.email, name: users.name }).from(users).orderBy(users.name).all(),
    entities: types
      .map((value) => ({ value, label: auditEntityLabel(value) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    actions: db
      .selectDistinct({ action: auditLog.action })
      .from(auditLog)
      .all()
      .map((r) => ({ value: r.action, label: auditActionLabel(r.action) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}
