import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import { NotFoundError } from "../errors";
import { formatList } from "../i18n/format";
import { t } from "../i18n/messages";
import { bm25, idfWeights, vectorLength, type CorpusStats } from "../suggestions/bm25";
import { paragraphMatches, type Citation } from "../suggestions/citations";
import { isGenreStem, termVector } from "../suggestions/lexical";

/**
 * The parts of reiteration candidates (lib/data/reiteration-candidates.ts)
 * that the review queue (lib/data/reiteration-queue.ts) shares, so that the
 * queue and the recommendation page always agree on the best candidate.
 */
export type CandidateSignal = "citation" | "wording";
export type ReiterationCandidate = {
  id: number;
  /** 1 for a citation; otherwise the wording score (0–1) with its tie-breakers. */
  score: number;
  /** Why, in a sentence ("cites CCPR/C/KAZ/CO/1 para. 23", "similar wording: …"). */
  reason: string;
  /** Further reasons: the same recommending State, shared themes. */
  alsoReasons: string[];
  signal: CandidateSignal;
  /** Words both texts use, most telling first (wording only). */
  sharedTerms: string[];
  sharedThemes: string[];
  sameRecommendingStates: string[];
  symbol: string | null;
  paragraph: string | null;
  year: number | null;
  bodyCode: string;
  cycleOrdinal: number;
  subject: string | null;
  text: string;
};

/** Below this the wording is shared by chance ("ensure … rights"): measured on the labelled set. */
export const MIN_WORDING_SCORE = 0.2;
/** A candidate this good is "strong": it puts its recommendation on the review queue. */
export const STRONG_SCORE = 0.4;
export const MAX_CANDIDATES = 10;
const TIE_SAME_STATE = 0.05;
const TIE_THEMES = 0.2;

export type Rec = {
  id: number;
  stateId: number;
  documentId: number | null;
  bodyId: number;
  year: number | null;
  ordinal: number;
  text: string;
  subject: string | null;
  paragraph: string | null;
  symbol: string | null;
  bodyCode: string;
};

const SELECT_REC = sql`SELECT r.id, r.state_id AS stateId, r.document_id AS documentId, r.body_id AS bodyId, r.year,
  c.ordinal, r.text, r.subject, r.paragraph, d.symbol, b.code AS bodyCode
  FROM recommendations r JOIN review_cycles c ON c.id = r.cycle_id JOIN bodies b ON b.id = r.body_id
  LEFT JOIN documents d ON d.id = r.document_id`;

const idList = (ids: readonly number[]) =>
  sql.join(
    ids.map((x) => sql`${x}`),
    sql`, `,
  );

export function loadRec(db: Executor, id: number): Rec {
  const rec = db.get<Rec | undefined>(sql`${SELECT_REC} WHERE r.id = ${id}`);
  if (!rec) throw new NotFoundError("recommendation", id);
  return rec;
}

export function loadRecs(db: Executor, ids: readonly number[]): Rec[] {
  if (!ids.length) return [];
  return db.all<Rec>(sql`${SELECT_REC} WHERE r.id IN (${idList(ids)}) AND r.archived_at IS NULL`);
}

/** What ranking needs of a recommendation: when it was made, its document, its stems as indexed. */
export type PoolItem = Pick<Rec, "id" | "bodyId" | "year" | "ordinal" | "documentId"> & {
  tf: Map<string, number>;
  length: number;
};

/**
 * Live recommendations of a state from the similarity index, with their stored
 * stems (migration 0010) — those matching `match`. With `only`, a document's
 * counts are kept for those stems alone (all BM25 needs against one query, and
 * ~10× cheaper than counting every stem of 600 documents).
 */
export function loadPool(
  db: Executor,
  stateId: number,
  match: string,
  only?: ReadonlySet<string>,
  keep: (item: Omit<PoolItem, "tf" | "length">) => boolean = () => true,
): PoolItem[] {
  const cycles = new Map(
    db
      .all<{ id: number; ordinal: number }>(sql`SELECT id, ordinal FROM review_cycles WHERE state_id = ${stateId}`)
      .map((c) => [c.id, c.ordinal]),
  );
  // Served by recommendations_state_pool_idx (migration 0010) without reading the rows.
  const meta = new Map(
    db
      .all<{ id: number; bodyId: number; year: number | null; cycleId: number; documentId: number | null }>(
        sql`SELECT id, body_id AS bodyId, year, cycle_id AS cycleId, document_id AS documentId
            FROM recommendations WHERE state_id = ${stateId} AND archived_at IS NULL`,
      )
      .map((m) => [m.id, m]),
  );
  const out: PoolItem[] = [];
  for (const row of db.all<{ id: number; terms: string }>(
    sql`SELECT rowid AS id, terms FROM recommendation_similarity WHERE recommendation_similarity MATCH ${match}`,
  )) {
    const m = meta.get(row.id);
    if (!m) continue;
    const { cycleId, ...rest } = m;
    const when = { ...rest, ordinal: cycles.get(cycleId) ?? 0 };
    if (!keep(when)) continue;
    const tf = new Map<string, number>();
    let length = 0;
    for (const stem of row.terms.split(" ")) {
      if (!stem) continue;
      length++;
      if (!only || only.has(stem)) tf.set(stem, (tf.get(stem) ?? 0) + 1);
    }
    out.push({ ...when, tf, length });
  }
  return out;
}

type When = Pick<Rec, "bodyId" | "year" | "ordinal">;
/** Earlier in time: a lower cycle of the same body, or any body's recommendation of an earlier year. */
export const isEarlier = (self: When, r: When) =>
  (r.bodyId === self.bodyId && r.ordinal < self.ordinal) || (r.year != null && self.year != null && r.year < self.year);

export const textOf = (r: Pick<Rec, "subject" | "text">) => `${r.subject ?? ""} ${r.text}`;

export type Vector = { tf: Map<string, number>; words: Map<string, string>; length: number };
export function vectorOf(r: Pick<Rec, "subject" | "text">): Vector {
  const v = termVector(textOf(r));
  return { ...v, length: vectorLength(v.tf) };
}

/**
 * Ids never to suggest for `id`: itself, what it already reiterates (directly
 * or through a chain of live links), what already reiterates it, and the pairs
 * an editor dismissed. An archived link links nothing, so its pair may be suggested again.
 */
export function excludedIds(db: Executor, id: number): Set<number> {
  const rows = db.all<{ id: number }>(sql`
    WITH RECURSIVE earlier(id) AS (
      SELECT ${id} UNION SELECT x.earlier_id FROM reiterations x JOIN earlier e ON x.recommendation_id = e.id
        WHERE x.archived_at IS NULL
    ), later(id) AS (
      SELECT ${id} UNION SELECT x.recommendation_id FROM reiterations x JOIN later l ON x.earlier_id = l.id
        WHERE x.archived_at IS NULL
    )
    SELECT id FROM earlier UNION SELECT id FROM later
    UNION SELECT earlier_id FROM reiteration_dismissals WHERE recommendation_id = ${id}`);
  return new Set(rows.map((r) => r.id));
}

export type Wording = { item: PoolItem; score: number; shared: string[] };

/** Scored like this, a list keeps only what can be shown: tie-breakers reorder a few places at most. */
export const SHORTLIST = 30;

/**
 * BM25 of each earlier recommendation against `self`'s stems, divided by
 * `self` against itself (so 1 is "the same words"), best first, at most
 * `keep` of those `shown` lets through, with the words they share — rarest
 * among them first (so what is left out does not change the reason given).
 */
export function rankWording(
  self: Pick<Rec, "id"> & When,
  selfVector: Vector,
  pool: readonly PoolItem[],
  stats: CorpusStats,
  excluded: ReadonlySet<number>,
  { keep = SHORTLIST, shown = () => true }: { keep?: number; shown?: (item: PoolItem, score: number) => boolean } = {},
): Wording[] {
  const weights = idfWeights(selfVector.tf, stats);
  const best = bm25(selfVector.tf, selfVector.tf, selfVector.length, stats, weights);
  if (!(best > 0)) return [];
  const scored: { item: PoolItem; score: number }[] = [];
  for (const item of pool) {
    if (item.id === self.id || excluded.has(item.id) || !isEarlier(self, item)) continue;
    const score = Math.min(1, bm25(selfVector.tf, item.tf, item.length, stats, weights) / best);
    if (score > 0 && shown(item, score)) scored.push({ item, score });
  }
  scored.sort((a, b) => b.score - a.score || b.item.id - a.item.id);
  const top = scored.slice(0, keep);
  // How many of the closest earlier texts use a word: the rarer among them, the more it tells (named first).
  const poolDf = new Map<string, number>();
  for (const { item } of top)
    for (const stem of selfVector.tf.keys()) if (item.tf.has(stem)) poolDf.set(stem, (poolDf.get(stem) ?? 0) + 1);
  return top.map(({ item, score }) => ({
    item,
    score,
    shared: [...selfVector.tf.keys()]
      .filter((s) => item.tf.has(s) && !isGenreStem(s))
      .sort((a, b) => (poolDf.get(a) ?? 0) - (poolDf.get(b) ?? 0))
      .map((s) => selfVector.words.get(s)!),
  }));
}

export type Tie = { sameStates: string[]; sharedThemes: string[]; unionThemes: number };

/** Recommending States and themes of recommendations, to compare candidates by. */
export type Traits = { states: Map<number, string[]>; themes: Map<number, string[]> };

/** The traits of `ids` — or of every recommendation of a state (the review queue reads them once). */
export function loadTraits(db: Executor, where: { ids: readonly number[] } | { stateId: number }): Traits {
  const filter =
    "stateId" in where
      ? sql`rid IN (SELECT id FROM recommendations WHERE state_id = ${where.stateId})`
      : where.ids.length
        ? sql`rid IN (${idList(where.ids)})`
        : sql`0`;
  const group = (rows: { rid: number; name: string }[]) => {
    const out = new Map<number, string[]>();
    for (const r of rows) out.set(r.rid, [...(out.get(r.rid) ?? []), r.name]);
    return out;
  };
  return {
    states: group(
      db.all(
        sql`SELECT rid, name FROM (SELECT recommendation_id AS rid, name FROM recommending_states) WHERE ${filter}`,
      ),
    ),
    themes: group(
      db.all(sql`SELECT rid, name FROM (SELECT rt.recommendation_id AS rid, t.name FROM recommendation_tags rt
        JOIN tags t ON t.id = rt.tag_id AND t.kind = 'theme') WHERE ${filter}`),
    ),
  };
}

/** What `id` and a candidate share: recommending States, themes (and how many themes either has). */
export function tieOf(traits: Traits, id: number, candidate: number): Tie {
  const myStates = traits.states.get(id) ?? [];
  const myThemes = traits.themes.get(id) ?? [];
  const theirThemes = traits.themes.get(candidate) ?? [];
  const sharedThemes = theirThemes.filter((th) => myThemes.includes(th));
  return {
    sameStates: (traits.states.get(candidate) ?? []).filter((st) => myStates.includes(st)),
    sharedThemes,
    unionThemes: myThemes.length + theirThemes.length - sharedThemes.length,
  };
}

/** Shared recommending States and themes between `id` and each candidate. */
export function tieBreakers(db: Executor, id: number, ids: readonly number[]): Map<number, Tie> {
  const traits = loadTraits(db, { ids: [id, ...ids] });
  return new Map(ids.map((c) => [c, tieOf(traits, id, c)]));
}

/** The wording score with its tie-breakers: a shared recommending State, a share of shared themes. */
export function withTies(score: number, tie: Tie | undefined): number {
  if (!tie) return score;
  const themeShare = tie.sharedThemes.length / Math.max(1, tie.unionThemes);
  return score * (1 + (tie.sameStates.length ? TIE_SAME_STATE : 0) + TIE_THEMES * themeShare);
}

export type CitedHit = { rec: Rec; paragraph?: string };

/**
 * The recommendations a citation names: of the cited document, to the same
 * state, whose paragraph answers a cited one. A citation without a paragraph,
 * or of a paragraph not recorded, marks the whole document (paragraph undefined).
 */
export function citedRecs(db: Executor, self: Rec, c: Citation): CitedHit[] {
  const recs = db.all<Rec>(sql`${SELECT_REC}
    WHERE r.document_id IN (SELECT id FROM documents WHERE upper(replace(symbol, ' ', '')) = ${c.symbol.toUpperCase()})
      AND r.state_id = ${self.stateId} AND r.archived_at IS NULL AND r.id <> ${self.id}
    ORDER BY r.id`);
  const hits: CitedHit[] = [];
  for (const p of c.paragraphs)
    for (const r of recs) if (r.paragraph && paragraphMatches(p, r.paragraph)) hits.push({ rec: r, paragraph: p });
  if (!hits.length) for (const r of recs) hits.push({ rec: r });
  return hits;
}

type Why = { citation?: { symbol: string; paragraph?: string }; shared: string[] };

export function toCandidate(rec: Rec, score: number, why: Why, tie: Tie | undefined): ReiterationCandidate {
  const alsoReasons: string[] = [];
  if (tie?.sameStates.length)
    alsoReasons.push(t("suggestions.reason.sameState", { states: formatList(tie.sameStates) }));
  if (tie?.sharedThemes.length)
    alsoReasons.push(t("suggestions.reason.sharedThemes", { themes: formatList(tie.sharedThemes) }));
  const terms = why.shared.slice(0, 6);
  const { citation } = why;
  const reason = citation?.paragraph
    ? t("suggestions.reason.cites", { symbol: citation.symbol, paragraph: citation.paragraph })
    : citation
      ? t("suggestions.reason.citesDocument", { symbol: citation.symbol, terms: formatList(terms) })
      : t("suggestions.reason.wording", { terms: formatList(terms) });
  return {
    id: rec.id,
    score: Math.round(score * 1000) / 1000,
    reason,
    alsoReasons,
    signal: citation?.paragraph ? "citation" : "wording",
    sharedTerms: terms,
    sharedThemes: tie?.sharedThemes ?? [],
    sameRecommendingStates: tie?.sameStates ?? [],
    symbol: rec.symbol,
    paragraph: rec.paragraph,
    year: rec.year,
    bodyCode: rec.bodyCode,
    cycleOrdinal: rec.ordinal,
    subject: rec.subject,
    text: rec.text,
  };
}
