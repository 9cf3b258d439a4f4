import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import { parseCitations } from "../suggestions/citations";
import { reiterationCandidates } from "./reiteration-candidates";
import {
  loadPool,
  loadRecs,
  loadTraits,
  rankWording,
  STRONG_SCORE,
  textOf,
  tieOf,
  toCandidate,
  withTies,
  type Rec,
  type ReiterationCandidate,
  type Tie,
  vectorOf,
} from "./reiteration-core";
import { cachedQuery } from "./query-cache";
import { corpusStats } from "./similarity-stats";

/**
 * The review queue of one state (/states/{CODE}/reiterations): every live
 * recommendation that is not yet linked to an earlier one and has a strong
 * candidate — a citation, or wording scoring at least STRONG_SCORE — strongest
 * first. Its best candidate is the one the recommendation page lists first:
 * the same ranking (lib/data/reiteration-core.ts), run over the whole state at
 * once instead of once per recommendation.
 */
export type QueueItem = {
  recommendation: Pick<Rec, "id" | "symbol" | "paragraph" | "year" | "bodyCode" | "ordinal" | "subject" | "text">;
  candidate: ReiterationCandidate;
};
export type ReiterationQueue = { items: QueueItem[]; unlinked: number };

export function reiterationQueue(db: Executor, stateId: number, opts: { cache?: boolean } = {}): ReiterationQueue {
  return cachedQuery(db, `reiteration-queue:${stateId}`, () => computeQueue(db, stateId), opts.cache !== false);
}

function computeQueue(db: Executor, stateId: number): ReiterationQueue {
  const unlinkedIds = db
    .all<{ id: number }>(
      sql`SELECT id FROM recommendations WHERE state_id = ${stateId} AND archived_at IS NULL AND reiterates_earlier = 0`,
    )
    .map((r) => r.id);
  if (!unlinkedIds.length) return { items: [], unlinked: 0 };
  const pool = loadPool(db, stateId, `state : "s${stateId}"`);
  const byId = new Map(pool.map((p) => [p.id, p]));
  const recs = new Map(loadRecs(db, unlinkedIds).map((r) => [r.id, r]));
  const dismissed = dismissalsOf(db, stateId);
  const traits = loadTraits(db, { stateId });
  const stats = corpusStats(db);
  const picked: { rec: Rec; earlierId: number; score: number; shared: string[]; tie: Tie }[] = [];
  const cited: QueueItem[] = [];
  for (const id of unlinkedIds) {
    const rec = recs.get(id);
    const self = byId.get(id);
    if (!rec || !self) continue;
    if (parseCitations(textOf(rec)).length) {
      // Citations need their documents looked up: the page's own function, for these few.
      const best = reiterationCandidates(db, id, { limit: 1 })[0];
      if (best && (best.signal === "citation" || best.score >= STRONG_SCORE))
        cited.push({ recommendation: rec, candidate: best });
      continue;
    }
    // The stored stems carry no surface words: the recommendation's own vector is made from its text.
    const vector = { ...vectorOf(rec), length: self.length };
    const ranked = rankWording(rec, vector, pool, stats, dismissed.get(id) ?? new Set());
    // Tie-breakers add at most a quarter: nothing below this can become strong.
    if (!ranked.length || ranked[0].score * 1.25 < STRONG_SCORE) continue;
    let best: (typeof picked)[number] | null = null;
    for (const w of ranked) {
      const tie = tieOf(traits, id, w.item.id);
      const score = Math.min(0.999, withTies(w.score, tie));
      if (!best || score > best.score || (score === best.score && w.item.id > best.earlierId))
        best = { rec, earlierId: w.item.id, score, shared: w.shared, tie };
    }
    if (best && best.score >= STRONG_SCORE) picked.push(best);
  }
  const earlier = new Map(
    loadRecs(
      db,
      picked.map((p) => p.earlierId),
    ).map((r) => [r.id, r]),
  );
  const items: QueueItem[] = [...cited];
  for (const p of picked) {
    const e = earlier.get(p.earlierId);
    if (e) items.push({ recommendation: p.rec, candidate: toCandidate(e, p.score, { shared: p.shared }, p.tie) });
  }
  items.sort((a, b) => b.candidate.score - a.candidate.score || b.recommendation.id - a.recommendation.id);
  return { items, unlinked: unlinkedIds.length };
}

function dismissalsOf(db: Executor, stateId: number): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const d of db.all<{ rid: number; eid: number }>(sql`
    SELECT x.recommendation_id AS rid, x.earlier_id AS eid FROM reiteration_dismissals x
    JOIN recommendations r ON r.id = x.recommendation_id WHERE r.state_id = ${stateId}`)) {
    const set = out.get(d.rid) ?? new Set<number>();
    set.add(d.eid);
    out.set(d.rid, set);
  }
  return out;
}

export type LikelyReiterations = { code: string; name: string; count: number };

/**
 * After an import: for each state the batch brought recommendations to, how
 * many of them have a strong earlier candidate (they are on that state's review queue).
 */
export function likelyReiterationsForBatch(db: Executor, batchId: number): LikelyReiterations[] {
  const rows = db.all<{ id: number; stateId: number }>(sql`
    SELECT id, state_id AS stateId FROM recommendations WHERE import_batch_id = ${batchId} AND archived_at IS NULL`);
  const byState = new Map<number, Set<number>>();
  for (const r of rows) {
    const set = byState.get(r.stateId) ?? new Set<number>();
    set.add(r.id);
    byState.set(r.stateId, set);
  }
  const out: LikelyReiterations[] = [];
  for (const [stateId, ids] of byState) {
    const count = reiterationQueue(db, stateId).items.filter((i) => ids.has(i.recommendation.id)).length;
    if (!count) continue;
    const state = db.get<{ code: string; name: string }>(sql`SELECT code, name FROM states WHERE id = ${stateId}`);
    out.push({ ...state, count });
  }
  return out.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
