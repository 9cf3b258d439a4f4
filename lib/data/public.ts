import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import { outstandingSql } from "../domain/outstanding";
import { publishedStateSql } from "../domain/published";
import { cachedQuery } from "./query-cache";

/**
 * The public portal's own reads (lib/domain/published.ts says what is public). Its figures
 * come from the private queries with `publishedOnly` (lib/dashboard/sql.ts, lib/search/sql.ts);
 * only what the workspace has no query for lives here.
 */

export type PublishedState = { id: number; code: string; name: string; total: number; outstanding: number };

/**
 * Every published state with its live recommendations and how many are outstanding: one
 * aggregate for the overview's list, map and sitemap, remembered while the data is unchanged.
 */
export function listPublishedStates(db: Executor): PublishedState[] {
  return cachedQuery(db, "public states", () =>
    db.all<PublishedState>(sql`
      SELECT s.id, s.code, s.name, COUNT(r.id) AS total,
        COALESCE(SUM(CASE WHEN r.id IS NOT NULL AND ${outstandingSql("r")} THEN 1 ELSE 0 END), 0) AS outstanding
      FROM states s LEFT JOIN recommendations r ON r.state_id = s.id AND r.archived_at IS NULL
      WHERE s.published = 1 AND s.archived_at IS NULL
      GROUP BY s.id ORDER BY s.name`),
  );
}

/**
 * Every state under review with its outstanding count, for the workspace's map (the
 * dashboard, a state page): the same aggregate as listPublishedStates, over all states.
 */
export function listStateMap(db: Executor): PublishedState[] {
  return cachedQuery(db, "map states", () =>
    db.all<PublishedState>(sql`
      SELECT s.id, s.code, s.name, COUNT(*) AS total,
        COALESCE(SUM(CASE WHEN ${outstandingSql("r")} THEN 1 ELSE 0 END), 0) AS outstanding
      FROM recommendations r JOIN states s ON s.id = r.state_id
      WHERE r.archived_at IS NULL AND s.archived_at IS NULL
      GROUP BY s.id ORDER BY s.name`),
  );
}

/** A published, live state by its code; null for any other (unpublished states do not exist publicly). */
export function getPublishedState(db: Executor, code: string): { id: number; code: string; name: string } | null {
  const upper = code.toUpperCase();
  return cachedQuery(
    db,
    `published state ${upper}`,
    () =>
      db.get<{ id: number; code: string; name: string }>(
        sql`SELECT id, code, name FROM states WHERE code = ${upper} AND published = 1 AND archived_at IS NULL`,
      ) ?? null,
  );
}

/** Ids of public recommendations, for the sitemap (newest first, at most `limit`). */
export function listPublicRecommendationIds(db: Executor, limit: number): number[] {
  return db
    .all<{ id: number }>(
      sql`SELECT r.id FROM recommendations r WHERE r.archived_at IS NULL AND ${publishedStateSql("r")} ORDER BY r.id DESC LIMIT ${limit}`,
    )
    .map((r) => r.id);
}
