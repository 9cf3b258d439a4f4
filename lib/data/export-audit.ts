import "server-only";
import type { DB } from "../../db";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import type { SearchFilters } from "../search/filters";
import { writeAudit } from "./audit";
import { exportQueryString } from "./export";
import { writeTx } from "./write-helpers";

/**
 * One audit entry per export: who, which format, the canonical filters and the
 * row count (counted up front on the export's own snapshot, so it is the
 * number of rows the file will hold).
 */
export function recordExport(
  db: DB,
  actor: Actor | null | undefined,
  entity: "recommendations" | "report",
  format: "csv" | "xlsx" | "pdf",
  filters: SearchFilters,
  rows: number,
) {
  const who = assertCan(actor, "export", "run");
  writeTx(db, (tx) =>
    writeAudit(tx, who, "export", entity, null, null, { format, filters: exportQueryString(filters), rows }),
  );
}

/** The audit entry of one recommendation's case file (its PDF), on that recommendation. */
export function recordCaseFileExport(db: DB, actor: Actor | null | undefined, recommendationId: number) {
  const who = assertCan(actor, "export", "run");
  writeTx(db, (tx) => writeAudit(tx, who, "export", "recommendation", recommendationId, null, { format: "pdf" }));
}
