import "server-only";
/**
 * A UPR position is the state's response (README, "Vocabulary"): Supported →
 * accepts, Noted → noted, Supported/Noted → partially accepts. Imports write it
 * as a state response marked `from_upr_position`, dated by its source — the
 * addendum that gave the positions, else the session's adoption date, else the
 * year — with the position as written for its quote and the source it names
 * for its notes. Migration 0008 wrote the same rows, with the same expressions,
 * for the recommendations already held.
 *
 * Written once per recommendation: never again once one exists, even archived
 * (an editor withdrew it), and corrected by a later import only while no
 * editor has touched it (version 1).
 */
import type { DB } from "../../db";
import type { Stance, UprPosition } from "../../db/schema/enums";

export const STANCE_OF_POSITION: Record<UprPosition, Stance> = {
  supported: "accepts",
  noted: "noted",
  supported_noted: "partially_accepts",
};

/** The SQL expressions over a recommendation `r`: its response's date, document, quote, stance and notes. */
const DATE = `COALESCE(
    (SELECT d.date FROM documents d WHERE d.id = r.document_id AND d.kind = 'upr_addendum'),
    (SELECT c.adoption_date FROM review_cycles c WHERE c.id = r.cycle_id),
    CAST(r.year AS TEXT))`;
const DOCUMENT = `(SELECT d.id FROM documents d WHERE d.id = r.document_id AND d.kind IN ('upr_report', 'upr_addendum'))`;
const QUOTE = `COALESCE(r.upr_position_raw,
  CASE r.upr_position WHEN 'supported' THEN 'Supported' WHEN 'noted' THEN 'Noted' ELSE 'Supported/Noted' END)`;
const STANCE = `CASE r.upr_position ${Object.entries(STANCE_OF_POSITION)
  .map(([position, stance]) => `WHEN '${position}' THEN '${stance}'`)
  .join(" ")} END`;

const INSERT_SQL = `
  INSERT INTO state_responses (recommendation_id, date, document_id, quote, stance, notes, from_upr_position, created_by_id)
  SELECT r.id, ${DATE}, ${DOCUMENT}, ${QUOTE}, ${STANCE}, r.upr_position_source, 1, @userId
  FROM recommendations r
  WHERE r.id = @id AND r.upr_position IS NOT NULL AND ${DATE} IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM state_responses x WHERE x.recommendation_id = r.id AND x.from_upr_position = 1)`;

// Only the import's own, untouched row follows a changed file (an editor's correction stays),
// and only when the file says something else than the row.
const FRESH = `(SELECT ${DATE}, ${DOCUMENT}, ${QUOTE}, ${STANCE}, r.upr_position_source FROM recommendations r WHERE r.id = @id)`;
const UPDATE_SQL = `
  UPDATE state_responses SET (date, document_id, quote, stance, notes) = ${FRESH}, updated_at = unixepoch()
  WHERE recommendation_id = @id AND from_upr_position = 1 AND version = 1 AND archived_at IS NULL
    AND EXISTS (SELECT 1 FROM recommendations r WHERE r.id = @id AND r.upr_position IS NOT NULL AND ${DATE} IS NOT NULL)
    AND (date, document_id, quote, stance, notes) IS NOT ${FRESH}`;

// What refreshRecommendation computes for the latest response, for one row (the import's hot path).
const LATEST_SQL = `
  UPDATE recommendations SET
    latest_stance = (SELECT x.stance FROM state_responses x WHERE x.recommendation_id = recommendations.id AND x.archived_at IS NULL
        ORDER BY x.date DESC, x.id DESC LIMIT 1),
    latest_stance_date = (SELECT x.date FROM state_responses x WHERE x.recommendation_id = recommendations.id AND x.archived_at IS NULL
        ORDER BY x.date DESC, x.id DESC LIMIT 1)
  WHERE id = @id`;

/**
 * Prepared on the import's connection (inside its transaction). `write` returns
 * whether a response was added or corrected; the caller's derived columns are
 * then brought up to date (`refreshLatest` for a new row, refreshRecommendation
 * for an updated one).
 */
export function positionResponseWriter(sqlite: DB["$client"]) {
  const insert = sqlite.prepare(INSERT_SQL);
  const update = sqlite.prepare(UPDATE_SQL);
  const latest = sqlite.prepare(LATEST_SQL);
  return {
    write(id: number, userId: number | null): boolean {
      return update.run({ id }).changes > 0 || insert.run({ id, userId }).changes > 0;
    },
    refreshLatest(id: number) {
      latest.run({ id });
    },
  };
}
