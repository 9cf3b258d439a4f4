import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import type { Option } from "./options";

/**
 * Candidates for "this repeats that earlier one": recommendations to the same
 * state from the same or an earlier year, newest first, capped for the picker.
 */
export function earlierRecommendationOptions(db: Executor, id: number, limit = 500): Option[] {
  return db.all<Option>(sql`
    SELECT CAST(r.id AS TEXT) AS value,
           b.code || ' · ' || COALESCE(d.symbol, '?') || COALESCE(' ¶' || r.paragraph, '') || ' (' || COALESCE(r.year, '?') || ') — ' ||
           substr(COALESCE(r.subject, r.text), 1, 90) AS label
    FROM recommendations r
    JOIN recommendations me ON me.id = ${id}
    JOIN bodies b ON b.id = r.body_id
    LEFT JOIN documents d ON d.id = r.document_id
    WHERE r.state_id = me.state_id AND r.id <> me.id AND r.archived_at IS NULL AND COALESCE(r.year, 0) <= COALESCE(me.year, 9999)
    ORDER BY (r.body_id = me.body_id) DESC, r.year DESC, r.id DESC
    LIMIT ${limit}`);
}
