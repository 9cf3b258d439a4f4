import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import type { Status } from "../../db/schema/enums";

export type TrackedItem = {
  id: number; subject: string | null; text: string; paragraph: string | null; symbol: string | null;
  stateCode: string; stateName: string; bodyCode: string; year: number | null; status: Status | null; chainStartYear: number | null;
};

/**
 * The recommendations a first-time visitor should see: the longest-outstanding
 * unimplemented asks first (a chain is shown by its latest link only).
 */
export function listLongestOutstanding(db: Executor, limit = 10): TrackedItem[] {
  return db.all<TrackedItem>(sql`
    SELECT r.id, r.subject, r.text, r.paragraph, d.symbol, s.code AS stateCode, s.name AS stateName, b.code AS bodyCode,
           r.year, r.status, r.chain_start_year AS chainStartYear
    FROM recommendations r
    JOIN states s ON s.id = r.state_id
    JOIN bodies b ON b.id = r.body_id
    LEFT JOIN documents d ON d.id = r.document_id
    WHERE r.archived_at IS NULL AND r.reiterated_later = 0 AND COALESCE(r.status, '') <> 'implemented'
    ORDER BY (r.status IS NULL), r.chain_start_year, r.id
    LIMIT ${limit}
  `);
}

export type StateSummary = { code: string; name: string; total: number; notImplemented: number; reiterated: number; oldest: number | null };

export function summariseStates(db: Executor): StateSummary[] {
  return db.all<StateSummary>(sql`
    SELECT s.code, s.name, COUNT(r.id) AS total,
           SUM(r.status = 'not_implemented') AS notImplemented,
           SUM(r.reiterates_earlier) AS reiterated,
           MIN(CASE WHEN COALESCE(r.status, '') <> 'implemented' THEN r.chain_start_year END) AS oldest
    FROM states s JOIN recommendations r ON r.state_id = s.id AND r.archived_at IS NULL
    WHERE s.archived_at IS NULL
    GROUP BY s.id ORDER BY total DESC, s.name
  `);
}
