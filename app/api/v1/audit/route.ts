import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { handler, list, queryObject } from "@/lib/api/handler";
import { listAuditEntries } from "@/lib/data/audit-log";
import { parseInput } from "@/lib/validation/common";
import { auditQuerySchema } from "@/lib/validation/queries";

/** A partial date widened to whole days: from "2024" means 2024-01-01, to "2024" means 2024-12-31. */
function day(value: string | null | undefined, end: boolean): string | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split("-").map(Number);
  if (d) return value;
  if (m) return end ? new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) : `${value}-01`;
  return end ? `${y}-12-31` : `${y}-01-01`;
}

/** Admin: the audit log, newest first. Filters: user (email or id), entity, entityId, from, to, page, per. */
export const GET = handler({ role: "admin" }, ({ db, url }) => {
  const q = parseInput(auditQuerySchema, queryObject(url));
  let userId: number | undefined;
  if (q.user) {
    userId = /^\d+$/.test(q.user)
      ? Number(q.user)
      : (db.select({ id: users.id }).from(users).where(eq(users.email, q.user.toLowerCase())).get()?.id ?? -1);
  }
  const { data, total } = listAuditEntries(db, {
    userId,
    entity: q.entity || undefined,
    entityId: q.entityId,
    from: day(q.from, false),
    to: day(q.to, true),
    page: q.page,
    per: q.per,
  });
  return list(data, total);
});
