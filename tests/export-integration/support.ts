import { sql } from "drizzle-orm";
import type { DB } from "@/db";
import { ensureBodies, seedFoundingCase } from "@/db/seed";
import { refreshRecommendation } from "@/lib/data/derived";
import { synthesize } from "@/scripts/synth/generate";
import { freshDb } from "../support/db";

/** A spreadsheet formula an attacker could type into a recommendation's text. */
export const HOSTILE_TEXT = '=HYPERLINK("http://evil","x")';

/** The founding case (Kazakhstan, CCPR/C/KAZ/CO/2, outstanding since 2011) on a fresh database. */
export function foundingDb() {
  const t = freshDb();
  ensureBodies(t.db);
  seedFoundingCase(t.db);
  return t;
}

/** A recommendation whose text is a formula, added to the founding case's first cycle. */
export function addHostileRecommendation(db: DB): number {
  const row = db.get<{ id: number }>(sql`
    INSERT INTO recommendations (cycle_id, document_id, paragraph, text, state_id, body_id)
    SELECT cycle_id, document_id, '99', ${HOSTILE_TEXT}, state_id, body_id FROM recommendations ORDER BY id LIMIT 1
    RETURNING id`);
  refreshRecommendation(db, row.id);
  return row.id;
}

/** A reproducible synthetic record (scripts/synth) large enough for several pages of every filter. */
export function syntheticDb(recommendations = 2500) {
  const t = freshDb();
  synthesize(t.db, { recommendations, seed: 11 });
  return t;
}
