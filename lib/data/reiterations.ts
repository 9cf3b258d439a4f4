import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DB, Tx } from "../../db";
import { recommendations, reiterations, type ReiterationRow } from "../../db/schema";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { blankToNull, parseInput, versionOnly } from "../validation/common";
import { vmsg } from "../validation/messages";
import { reiterationCreateSchema } from "../validation/recommendations";
import { writeAudit } from "./audit";
import { refreshRecommendation } from "./derived";
import { assertVersion, checkRefs, fieldError, findOr404, iso, writeTx } from "./write-helpers";

export type ReiterationDTO = Omit<ReiterationRow, "createdAt" | "updatedAt"> & { updatedAt: string | null };
const toDTO = (r: ReiterationRow): ReiterationDTO => {
  const { createdAt: _c, updatedAt, ...rest } = r;
  return { ...rest, updatedAt: iso(updatedAt) };
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
export function addReiteration(db: DB, actor: Actor | null | undefined, id: number, input: unknown): ReiterationDTO {
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
    if (existing) fieldError("earlierId", vmsg("write.reiterationExists"));
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

/** Removes a wrong link (it is a link, not a history row, so it is deleted — with its audit entry). */
export function removeReiteration(
  db: DB,
  actor: Actor | null | undefined,
  linkId: number,
  input: unknown,
): ReiterationDTO {
  const who = assertCan(actor, "reiteration", "delete");
  const { version } = parseInput(versionOnly, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, reiterations, "reiteration", linkId);
    assertVersion("reiteration", before, version, toDTO(before));
    tx.delete(reiterations)
      .where(and(eq(reiterations.id, linkId), eq(reiterations.version, version)))
      .run();
    refreshRecommendation(tx, before.recommendationId);
    refreshRecommendation(tx, before.earlierId);
    const dto = toDTO(before);
    writeAudit(tx, who, "delete", "reiteration", linkId, dto, null);
    return dto;
  });
}
