import "server-only";
import { inArray } from "drizzle-orm";
import type { DB } from "../../db";
import { recommendations } from "../../db/schema";
import type { ImportRecord } from "../import/types";
import { sameRecommendationById } from "./import-tracker";

const CHUNK = 500;

/**
 * How many of a file's recommendations the tracker already holds, found as the commit finds them
 * (lib/data/import.ts: by the source's key, or a tracker export's own ID with the same content):
 * the review says so before the Import button, not only the summary after it.
 */
export function countAlreadyInTracker(db: DB, records: readonly ImportRecord[]): number {
  const keys = [...new Set(records.map((r) => r.externalKey))];
  const known = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = db
      .select({ key: recommendations.externalKey })
      .from(recommendations)
      .where(inArray(recommendations.externalKey, keys.slice(i, i + CHUNK)))
      .all();
    for (const row of rows) if (row.key) known.add(row.key);
  }
  const sameById = sameRecommendationById(db.$client);
  return records.filter((r) => known.has(r.externalKey) || (r.tracker?.trackerId && sameById(r))).length;
}
