import "server-only";
import type { z } from "zod";
import { and, eq, isNull } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { recommendations, reiterationDismissals, reiterations, type ReiterationDismissalRow } from "../../db/schema";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { blankToNull, parseInput, versionOnly, type VersionInput } from "../validation/common";
import { vmsg } from "../validation/messages";
import { dismissalCreateSchema } from "../validation/suggestions";
import { writeAudit } from "./audit";
import { assertVersion, checkRefs, fieldError, findOr404, iso, writeTx } from "./write-helpers";

export type DismissalDTO = Omit<ReiterationDismissalRow, "createdAt" | "updatedAt"> & { createdAt: string | null };
const toDTO = (r: ReiterationDismissalRow): DismissalDTO => {
  const { createdAt, updatedAt: _u, ...rest } = r;
  return { ...rest, createdAt: iso(createdAt) };
};

/**
 * "That earlier recommendation is not what this one repeats": the pair is never
 * suggested again (lib/data/reiteration-core.ts excludedIds), on the page, in the
 * review queue and through the API. Audited like every write.
 */
export function dismissReiterationCandidate(
  db: DB,
  actor: Actor | null | undefined,
  id: number,
  input: z.input<typeof dismissalCreateSchema>,
): DismissalDTO {
  const who = assertCan(actor, "dismissal", "create");
  const data = parseInput(dismissalCreateSchema, input);
  return writeTx(db, (tx) => {
    findOr404(tx, recommendations, "recommendation", id);
    checkRefs(tx, [{ field: "earlierId", table: recommendations, id: data.earlierId, what: "recommendation" }]);
    if (data.earlierId === id) fieldError("earlierId", vmsg("write.reiterationSelf"));
    const pair = (t: typeof reiterations | typeof reiterationDismissals) =>
      and(eq(t.recommendationId, id), eq(t.earlierId, data.earlierId));
    if (
      tx
        .select()
        .from(reiterations)
        .where(and(pair(reiterations), isNull(reiterations.archivedAt)))
        .get()
    )
      fieldError("earlierId", vmsg("write.dismissalLinked"));
    if (tx.select().from(reiterationDismissals).where(pair(reiterationDismissals)).get())
      fieldError("earlierId", vmsg("write.dismissalExists"));
    const row = tx
      .insert(reiterationDismissals)
      .values({ recommendationId: id, earlierId: data.earlierId, dismissedById: who.id, note: blankToNull(data.note) })
      .returning()
      .get();
    const dto = toDTO(row);
    writeAudit(tx, who, "create", "reiteration_dismissal", row.id, null, dto);
    return dto;
  });
}

/** Takes a dismissal back: the pair may be suggested again. */
export function removeReiterationDismissal(
  db: DB,
  actor: Actor | null | undefined,
  dismissalId: number,
  input: VersionInput,
): DismissalDTO {
  const who = assertCan(actor, "dismissal", "delete");
  const { version } = parseInput(versionOnly, input);
  return writeTx(db, (tx) => {
    const before = findOr404(tx, reiterationDismissals, "reiteration_dismissal", dismissalId);
    assertVersion("reiteration_dismissal", before, version, toDTO(before));
    tx.delete(reiterationDismissals)
      .where(and(eq(reiterationDismissals.id, dismissalId), eq(reiterationDismissals.version, version)))
      .run();
    const dto = toDTO(before);
    writeAudit(tx, who, "delete", "reiteration_dismissal", dismissalId, dto, null);
    return dto;
  });
}

export type DismissedCandidate = { id: number; earlierId: number; version: number; createdAt: string | null };

/** The candidates an editor dismissed for a recommendation (shown with its story, so they can be taken back). */
export function dismissalsOf(db: Executor, id: number): DismissedCandidate[] {
  return db
    .select({
      id: reiterationDismissals.id,
      earlierId: reiterationDismissals.earlierId,
      version: reiterationDismissals.version,
      createdAt: reiterationDismissals.createdAt,
    })
    .from(reiterationDismissals)
    .where(eq(reiterationDismissals.recommendationId, id))
    .orderBy(reiterationDismissals.id)
    .all()
    .map((d) => ({ ...d, createdAt: iso(d.createdAt) }));
}
