import { handler, list, queryObject } from "@/lib/api/handler";
import { listAuditLog, parseAuditQuery } from "@/lib/data/audit-log";

/** Admin: the audit log, newest first. Filters: user (email or id), entity, entityId, from, to, page, per. */
export const GET = handler({ access: ["audit", "read"] }, ({ db, actor, url }) => {
  const { data, total } = listAuditLog(db, actor, parseAuditQuery(queryObject(url)));
  return list(data, total);
});
