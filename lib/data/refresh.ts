import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "../../db";
import { recommendations } from "../../db/schema";
import { refreshRecommendation } from "./derived";

/** Re-derives every recommendation of a cycle (its state, body or dates changed). */
export function refreshCycleRecommendations(tx: Tx, cycleId: number) {
  for (const { id } of tx
    .select({ id: recommendations.id })
    .from(recommendations)
    .where(eq(recommendations.cycleId, cycleId))
    .all()) {
    refreshRecommendation(tx, id);
  }
}

/** Re-derives every recommendation a document carries (its date gives their year). */
export function refreshDocumentRecommendations(tx: Tx, documentId: number) {
  for (const { id } of tx
    .select({ id: recommendations.id })
    .from(recommendations)
    .where(eq(recommendations.documentId, documentId))
    .all()) {
    refreshRecommendation(tx, id);
  }
}
