import "server-only";
import type { Executor } from "../../db";
import { parseCitations } from "../suggestions/citations";
import { anyTermInState } from "../suggestions/fts";
import {
  citedRecs,
  excludedIds,
  isEarlier,
  loadPool,
  loadRec,
  loadRecs,
  MAX_CANDIDATES,
  MIN_WORDING_SCORE,
  rankWording,
  textOf,
  tieBreakers,
  toCandidate,
  vectorOf,
  withTies,
  type Rec,
  type ReiterationCandidate,
  type Vector,
} from "./reiteration-core";
import { corpusStats } from "./similarity-stats";
import { BM25_MAX_TERM_FACTOR, bm25, idfWeights, type CorpusStats } from "../suggestions/bm25";

export type { ReiterationCandidate } from "./reiteration-core";
export { MAX_CANDIDATES, MIN_WORDING_SCORE, STRONG_SCORE } from "./reiteration-core";

/**
 * "Likely earlier versions" of a recommendation: earlier recommendations to
 * the same state (earlier cycles of any body) that it probably repeats, best
 * first, at most 10, each with the reason it was found. Already linked ones
 * (directly or through a chain) and dismissed pairs are left out.
 *
 * 1. An explicit citation in its text ("(see CCPR/C/KAZ/CO/1, para. 23)",
 *    lib/suggestions/citations.ts) names the earlier one: it comes first.
 * 2. Similar wording: BM25 over the stems of the similarity index (migration
 *    0010), among the state's recommendations that share a stem with it,
 *    divided by the text's BM25 against itself — 1 means "the same words"
 *    whatever the length, so one threshold serves every text.
 * 3. Tie-breakers, small on purpose: the same recommending State (UPR) and
 *    shared themes.
 *
 * Chosen and tuned by measurement: `npm run bench -- suggestions`, figures and
 * the comparison with TF-IDF cosine in docs/benchmarks.md.
 */
/**
 * The stems worth looking up. A recommendation that shares only common stems
 * with `self` cannot reach MIN_WORDING_SCORE: each shared stem adds at most
 * idf × (k1 + 1) to BM25 (lib/suggestions/bm25.ts), so the commonest stems are
 * left out of the lookup for as long as all of them together stay below the
 * threshold. Nothing that could be shown is lost (the bound is exact), and most
 * of a state's recommendations — those sharing only "ensure" or "rights" — are
 * never read. A document cited as a whole is looked up by every stem, since its
 * recommendations are shown below the threshold.
 */
function telling(selfVector: Vector, stats: CorpusStats, everyStem: boolean): string[] {
  const stems = [...selfVector.tf.keys()];
  if (everyStem) return stems;
  const weights = idfWeights(selfVector.tf, stats);
  const floor = MIN_WORDING_SCORE * bm25(selfVector.tf, selfVector.tf, selfVector.length, stats, weights);
  const commonestFirst = [...stems].sort((a, b) => weights.get(a)! - weights.get(b)!);
  let dropped = 0;
  let reach = 0;
  for (const stem of commonestFirst) {
    const next = reach + weights.get(stem)! * BM25_MAX_TERM_FACTOR;
    if (next >= floor) break;
    reach = next;
    dropped++;
  }
  return commonestFirst.slice(dropped);
}

/**
 * `everyStem` looks the text up by all its stems, pruning nothing: the same
 * answer, slower — tests/suggestions/candidates.test.ts compares the two.
 */
export function reiterationCandidates(
  db: Executor,
  id: number,
  opts: { limit?: number; everyStem?: boolean } = {},
): ReiterationCandidate[] {
  const limit = Math.max(1, Math.min(opts.limit ?? MAX_CANDIDATES, MAX_CANDIDATES));
  const self = loadRec(db, id);
  const excluded = excludedIds(db, id);
  const out: ReiterationCandidate[] = [];
  const seen = new Set<number>();

  // 1. Citations: the paragraphs named come first; a document named as a whole lends its name to the wording reason.
  const citedDocuments = new Map<number, string>();
  const cited: { rec: Rec; symbol: string; paragraph: string }[] = [];
  for (const c of parseCitations(textOf(self))) {
    for (const hit of citedRecs(db, self, c)) {
      if (excluded.has(hit.rec.id) || seen.has(hit.rec.id)) continue;
      if (hit.paragraph === undefined) {
        if (hit.rec.documentId != null) citedDocuments.set(hit.rec.documentId, c.symbol);
        continue;
      }
      seen.add(hit.rec.id);
      cited.push({ rec: hit.rec, symbol: c.symbol, paragraph: hit.paragraph });
    }
  }
  const citedTies = tieBreakers(
    db,
    id,
    cited.map((c) => c.rec.id),
  );
  for (const c of cited)
    out.push(
      toCandidate(
        c.rec,
        1,
        { citation: { symbol: c.symbol, paragraph: c.paragraph }, shared: [] },
        citedTies.get(c.rec.id),
      ),
    );

  // 2. Wording, with 3. its tie-breakers.
  const selfVector = vectorOf(self);
  const stems = [...selfVector.tf.keys()];
  if (stems.length && out.length < limit) {
    const stats = corpusStats(db);
    const skip = new Set([...excluded, ...seen]);
    const pool = loadPool(
      db,
      self.stateId,
      anyTermInState(self.stateId, telling(selfVector, stats, opts.everyStem === true || citedDocuments.size > 0)),
      new Set(stems),
      (item) => !skip.has(item.id) && isEarlier(self, item),
    );
    const ranked = rankWording(self, selfVector, pool, stats, skip, {
      shown: (item, score) => score >= MIN_WORDING_SCORE || citedDocuments.has(item.documentId ?? -1),
    });
    // Tie-breakers can reorder only what is close: a few more than are shown are looked at.
    const top = ranked.slice(0, limit * 3);
    const recs = new Map(
      loadRecs(
        db,
        top.map((w) => w.item.id),
      ).map((r) => [r.id, r]),
    );
    const ties = tieBreakers(db, id, [...recs.keys()]);
    const final = top
      .map((w) => ({ w, score: Math.min(0.999, withTies(w.score, ties.get(w.item.id))) }))
      .sort((a, b) => b.score - a.score || b.w.item.id - a.w.item.id);
    for (const { w, score } of final) {
      const rec = recs.get(w.item.id);
      if (!rec || out.length >= limit) continue;
      const symbol = citedDocuments.get(rec.documentId ?? -1);
      out.push(
        toCandidate(rec, score, { citation: symbol ? { symbol } : undefined, shared: w.shared }, ties.get(rec.id)),
      );
    }
  }
  return out;
}
