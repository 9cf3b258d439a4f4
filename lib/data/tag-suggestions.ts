import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import type { TagKind } from "../../db/schema/enums";
import { t } from "../i18n/messages";
import { bm25, idfWeights, vectorLength, type CorpusStats } from "../suggestions/bm25";
import { anyTerm } from "../suggestions/fts";
import { termVector } from "../suggestions/lexical";
import { MAX_SUGGESTION_TEXT } from "../validation/suggestions";
import { corpusStats } from "./similarity-stats";

/**
 * Tags for a text, learned from the recommendations already tagged in this
 * tracker: the k recommendations most alike in wording (BM25 over the
 * similarity index, migration 0010) vote for their tags, each with its
 * similarity. Nearest neighbours rather than a classifier because they scored
 * better on UPR Info's themes (sessions 1–17 → 18–20) and need no model to
 * keep up to date: the index is. Figures: `npm run bench -- suggestions`.
 *
 * Nothing is tagged here: the screens offer the result as chips a person clicks.
 */
export type TagSuggestion = {
  name: string;
  kind: TagKind;
  /** The weighted share of the nearest tagged recommendations that carry the tag (0–1). */
  score: number;
  /** Why: how many of the most similar tagged recommendations carry it. */
  reason: string;
  neighbours: number;
};

/** Neighbours that vote. Measured: 20 beat 5, 10 and 40 on UPR Info themes. */
export const NEIGHBOURS = 20;
/** A tag fewer similar recommendations carry is left out (a chip nobody would click). */
export const MIN_TAG_SCORE = 0.15;
/**
 * The query is the text's rarest stems, up to this many postings in all: what
 * FTS5 must read to rank. The neighbours it finds are then scored on every stem.
 */
const POSTING_BUDGET = 12_000;
const MAX_QUERY_STEMS = 12;
/** Ranked by FTS5 before the full score: enough for 20 tagged neighbours among untagged ones. */
const RETRIEVE = 100;

export function suggestTags(
  db: Executor,
  kind: TagKind,
  text: string,
  opts: { limit?: number; exclude?: readonly string[] } = {},
): TagSuggestion[] {
  const limit = Math.max(1, Math.min(opts.limit ?? 5, 10));
  const { tf } = termVector(text.slice(0, MAX_SUGGESTION_TEXT));
  if (!tf.size) return [];
  const stats = corpusStats(db);
  const query = queryStems(tf, stats);
  if (!query.length) return [];
  const hits = db.all<{ id: number; terms: string }>(sql`
    SELECT s.rowid AS id, s.terms FROM recommendation_similarity s
    WHERE recommendation_similarity MATCH ${anyTerm(query)}
    ORDER BY bm25(recommendation_similarity, 0.0, 1.0) LIMIT ${RETRIEVE}`);
  if (!hits.length) return [];
  const tags = tagsOf(
    db,
    kind,
    hits.map((h) => h.id),
  );
  const weights = idfWeights(tf, stats);
  const neighbours = hits
    .filter((h) => tags.has(h.id))
    .map((h) => {
      const doc = stemCounts(h.terms);
      return { id: h.id, score: bm25(tf, doc, vectorLength(doc), stats, weights) };
    })
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .slice(0, NEIGHBOURS);
  const total = neighbours.reduce((s, n) => s + n.score, 0);
  if (!(total > 0)) return [];
  const votes = new Map<string, { weight: number; count: number }>();
  for (const n of neighbours)
    for (const name of tags.get(n.id)!) {
      const v = votes.get(name) ?? { weight: 0, count: 0 };
      v.weight += n.score;
      v.count++;
      votes.set(name, v);
    }
  const exclude = new Set((opts.exclude ?? []).map((e) => e.toLowerCase()));
  return [...votes]
    .map(([name, v]) => ({ name, share: v.weight / total, count: v.count }))
    .filter((v) => v.share >= MIN_TAG_SCORE && !exclude.has(v.name.toLowerCase()))
    .sort((a, b) => b.share - a.share || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((v) => ({
      name: v.name,
      kind,
      score: Math.round(v.share * 1000) / 1000,
      reason: t("suggestions.tagReason", { count: v.count, total: neighbours.length }),
      neighbours: v.count,
    }));
}

/** The text's rarest known stems, within the posting budget (at least one). */
function queryStems(tf: ReadonlyMap<string, number>, stats: CorpusStats): string[] {
  const known = [...tf.keys()]
    .map((stem) => ({ stem, df: stats.df(stem) }))
    .filter((s) => s.df > 0)
    .sort((a, b) => a.df - b.df || a.stem.localeCompare(b.stem));
  const out: string[] = [];
  let postings = 0;
  for (const s of known) {
    if (out.length >= MAX_QUERY_STEMS || (out.length > 0 && postings + s.df > POSTING_BUDGET)) break;
    out.push(s.stem);
    postings += s.df;
  }
  return out;
}

function stemCounts(terms: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const stem of terms.split(" ")) if (stem) tf.set(stem, (tf.get(stem) ?? 0) + 1);
  return tf;
}

/** The live tags of one kind on each live recommendation among `ids`. */
function tagsOf(db: Executor, kind: TagKind, ids: readonly number[]): Map<number, string[]> {
  const rows = db.all<{ rid: number; name: string }>(sql`
    SELECT rt.recommendation_id AS rid, t.name FROM recommendation_tags rt
    JOIN tags t ON t.id = rt.tag_id AND t.kind = ${kind} AND t.archived_at IS NULL
    WHERE rt.recommendation_live = 1 AND rt.recommendation_id IN (${sql.join(
      ids.map((x) => sql`${x}`),
      sql`, `,
    )})`);
  const out = new Map<number, string[]>();
  for (const r of rows) {
    const list = out.get(r.rid) ?? [];
    list.push(r.name);
    out.set(r.rid, list);
  }
  return out;
}
