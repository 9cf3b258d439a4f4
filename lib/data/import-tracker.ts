import "server-only";
/**
 * The part of a Treaty Tracker CSV import that no other format has (for
 * "a full round trip"): the export's current status, latest state response,
 * latest follow-up grade and reiteration links are written back as history
 * rows, so an exported set imported into an empty tracker tells the same
 * story — status, answer, grade and "Outstanding since".
 *
 * The file holds only the LATEST of each, so the earlier history is not
 * recreated; what it holds is added as one dated row each. Idempotent: a row
 * equal to one already recorded (same recommendation, date and value) is not
 * added again — nor one an editor has since archived — so importing the same
 * file twice, or an export back into the tracker it came from, adds nothing.
 *
 * Runs inside lib/data/import.ts's transaction, on its connection.
 */
import type { DB, Tx } from "../../db";
import type { Actor } from "../auth/roles";
import { importMessage } from "../import/messages";
import type { ImportRecord, TrackerRef } from "../import/types";
import { reachesEarlier } from "./reiterations";

export type TrackerHistoryCounts = { assessments: number; responses: number; grades: number; links: number };
export type TrackerWritten = { id: number; record: ImportRecord };

type Client = DB["$client"];

/** A row of this import with the same recommendation as one already in the database, found by the export's ID. */
export function sameRecommendationById(sqlite: Client) {
  const byId = sqlite.prepare(`SELECT r.id, r.archived_at AS archivedAt FROM recommendations r
    JOIN states s ON s.id = r.state_id JOIN bodies b ON b.id = r.body_id LEFT JOIN documents d ON d.id = r.document_id
    WHERE r.id = ? AND s.code = ? AND b.code = ? AND r.text = ? AND r.paragraph IS ? AND d.symbol IS ?`);
  // The ID alone could name another recommendation in another tracker: the content must agree too.
  return (record: ImportRecord) =>
    record.tracker?.trackerId
      ? (byId.get(
          record.tracker.trackerId,
          record.stateCode,
          record.bodyCode,
          record.text,
          record.paragraph,
          record.documentSymbol,
        ) as { id: number; archivedAt: number | null } | undefined)
      : undefined;
}

/** Writes the history rows; returns what was added and which recommendations changed (to refresh). */
export function writeTrackerHistory(sqlite: Client, tx: Tx, actor: Actor, written: TrackerWritten[], fileName: string) {
  const q = {
    hasAssessment: sqlite.prepare("SELECT 1 FROM assessments WHERE recommendation_id = ? AND date = ? AND status = ?"),
    addAssessment: sqlite.prepare(
      "INSERT INTO assessments (recommendation_id, date, status, rationale, author_id) VALUES (?, ?, ?, ?, ?)",
    ),
    hasResponse: sqlite.prepare(
      "SELECT 1 FROM state_responses WHERE recommendation_id = ? AND date = ? AND stance = ?",
    ),
    addResponse: sqlite.prepare(
      "INSERT INTO state_responses (recommendation_id, date, stance, quote, notes, created_by_id) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    hasGrade: sqlite.prepare(
      "SELECT 1 FROM follow_up_grades WHERE recommendation_id = ? AND date = ? AND grade_letter = ?",
    ),
    addGrade: sqlite.prepare(
      `INSERT INTO follow_up_grades (recommendation_id, date, grade_as_written, grade_letter, notes, created_by_id)
        VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    findRef: sqlite
      .prepare(
        `SELECT r.id FROM recommendations r JOIN documents d ON d.id = r.document_id
      WHERE d.symbol = ? AND r.paragraph IS ? AND r.archived_at IS NULL LIMIT 2`,
      )
      .pluck(),
    addLink: sqlite.prepare("INSERT OR IGNORE INTO reiterations (recommendation_id, earlier_id) VALUES (?, ?)"),
  };
  const note = importMessage("history.note", { file: fileName });
  const counts: TrackerHistoryCounts = { assessments: 0, responses: 0, grades: 0, links: 0 };
  const touched = new Set<number>();
  const add = (key: keyof TrackerHistoryCounts, id: number) => {
    counts[key]++;
    touched.add(id);
  };

  for (const { id, record } of written) {
    const t = record.tracker;
    if (!t) continue;
    if (t.status && t.statusDate && !q.hasAssessment.get(id, t.statusDate, t.status)) {
      q.addAssessment.run(id, t.statusDate, t.status, note, actor.id);
      add("assessments", id);
    }
    if (t.stance && t.stanceDate && !q.hasResponse.get(id, t.stanceDate, t.stance)) {
      q.addResponse.run(id, t.stanceDate, t.stance, t.stanceQuote, note, actor.id);
      add("responses", id);
    }
    if (t.grade && t.gradeDate && !q.hasGrade.get(id, t.gradeDate, t.grade)) {
      q.addGrade.run(id, t.gradeDate, t.gradeAsWritten ?? t.grade, t.grade, note, actor.id);
      add("grades", id);
    }
  }
  // Links last: the other end may be a row of this same file, written above.
  const find = (ref: TrackerRef): number | null => {
    const ids = q.findRef.all(ref.symbol, ref.paragraph) as number[];
    return ids.length === 1 ? ids[0] : null; // none, or several without a paragraph: not guessed
  };
  for (const { id, record } of written) {
    for (const [refs, later] of [
      [record.tracker?.reiterates ?? [], false],
      [record.tracker?.reiteratedBy ?? [], true],
    ] as const) {
      for (const ref of refs) {
        const other = find(ref);
        if (other === null || other === id) continue;
        const [laterId, earlierId] = later ? [other, id] : [id, other];
        // As when an editor links them: never a loop (the earlier one already reaching the later).
        if (reachesEarlier(tx, earlierId, laterId)) continue;
        if (q.addLink.run(laterId, earlierId).changes) {
          counts.links++;
          touched.add(laterId).add(earlierId);
        }
      }
    }
  }
  return { counts, touched };
}
