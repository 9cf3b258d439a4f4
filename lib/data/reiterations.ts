import "server-only";
import type { z } from "zod";
import { and, eq, sql } from "drizzle-orm";
import type { DB, Executor, Tx } from "../../db";
import { recommendations, reiterations, type ReiterationRow } from "../../db/schema";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { blankToNull, parseInput, type VersionInput } from "../validation/common";
import { vmsg } from "../validation/messages";
import { reiterationCreateSchema } from "../validation/recommendations";
import { writeAudit } from "./audit";
import { refreshRecommendation } from "./derived";
import { checkRefs, fieldError, findOr404, iso, setArchived, writeTx } from "./write-helpers";

export type ReiterationDTO = Omit<ReiterationRow, "createdAt" | "updatedAt" | "archivedAt"> & {
  archived: boolean;
  updatedAt: string | null;
};
const toDTO = (r: ReiterationRow): ReiterationDTO => {
  const { createdAt: _c, updatedAt, archivedAt, ...rest } = r;
  return { ...rest, archived: archivedAt != null, updatedAt: iso(updatedAt) };
};

/** Whether `from` already reaches `to` by following "reiterates" links towards earlier recommendations. */
export function reachesEarlier(tx: Tx, from: number, to: number): boolean {
  const hit = tx.get<{ found: number } | undefined>(sql`
    WITH RECURSIVE earlier(id) AS (
      SELECT ${from}
      UNION SELECT x.earlier_id FROM reiterations x JOIN earlier e ON x.recommendation_id = e.id WHERE x.archived_at IS NULL
    )
    SELECT 1 AS found FROM earlier WHERE id = ${to} LIMIT 1
  `);
  return !!hit;
}

/**
 * Links recommendation `id` to an earlier one it repeats. A link that would
 * make a loop (the earlier one already, through any chain, repeats this one)
 * is refused: "outstanding since" would have no beginning.
 */
export function addReiteration(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof reiterationCreateSchema>,
): ReiterationDTO {
  const who = assertCan(actor, "reiteration", "create");
  const data = parseInput(reiterationCreateSchema, input);
  return writeTx(db, (tx) => {
    findOr404(tx, recommendations, "recommendation", id);
    checkRefs(tx, [{ field: "earlierId", table: recommendations, id: data.earlierId, what: "recommendation" }]);
    if (data.earlierId === id) fieldError("earlierId", vmsg("write.reiterationSelf"));
    if (reachesEarlier(tx, data.earlierId, id))
      fieldError("earlierId", vmsg("write.reiterationCycle", { id, earlierId: data.earlierId }));
    const existing = tx
      .select()
      .from(reiterations)
      .where(and(eq(reiterations.recommendationId, id), eq(reiterations.earlierId, data.earlierId)))
      .get();
    if (existing)
      fieldError("earlierId", vmsg(existing.archivedAt ? "write.reiterationRemoved" : "write.reiterationExists"));
    const row = tx
      .insert(reiterations)
      .values({
        recommendationId: id,
        earlierId: data.earlierId,
        kind: data.kind ?? "reiterates",
        note: blankToNull(data.note),
      })
      .returning()
      .get();
    refreshRecommendation(tx, id);
    refreshRecommendation(tx, data.earlierId);
    const dto = toDTO(row);
    writeAudit(tx, who, "create", "reiteration", row.id, null, dto);
    return dto;
  });
}

const archiveSpec = {
  table: reiterations,
  entity: "reiteration",
  toDTO,
  policy: "reiteration" as const,
  after: (tx: Tx, row: ReiterationRow) => {
    // A restored link must not close a loop made while it was removed (as when adding one).
    if (row.archivedAt == null && reachesEarlier(tx, row.earlierId, row.recommendationId))
      fieldError("earlierId", vmsg("write.reiterationCycle", { id: row.recommendationId, earlierId: row.earlierId }));
    refreshRecommendation(tx, row.recommendationId);
    refreshRecommendation(tx, row.earlierId);
  },
};

/**
 * Removes a wrong link: archived, not deleted, so it leaves every chain and
 * count at once and can be restored (with its audit entries).
 */
export const removeReiteration = (db: DB, actor: Actor | null | undefined, linkId: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, linkId, input, true);
export const restoreReiteration = (db: DB, actor: Actor | null | undefined, linkId: number, input: VersionInput) =>
  setArchived(db, actor, archiveSpec, linkId, input, false);

export function getReiteration(db: Executor, id: number): ReiterationDTO | null {
  const row = db.select().from(reiterations).where(eq(reiterations.id, id)).get();
  return row ? toDTO(row) : null;
}
