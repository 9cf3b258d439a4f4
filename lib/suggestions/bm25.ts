/**
 * Okapi BM25 (k1 = 1.2, b = 0.75, the values SQLite's FTS5 uses) between two
 * term vectors, with corpus statistics from the similarity index. Used where
 * a score must be comparable across texts: divided by the query's score
 * against itself, 1 means "the same words, as often".
 */
export type CorpusStats = {
  /** Documents in the index. */
  n: number;
  /** Average document length in terms. */
  avgLength: number;
  /** Documents holding a stem (0 for a stem the index has never seen). */
  df: (stem: string) => number;
};

const K1 = 1.2;
const B = 0.75;

/** The most one shared stem can add, as a multiple of its idf: f(k1 + 1) / (f + norm) stays below k1 + 1. */
export const BM25_MAX_TERM_FACTOR = K1 + 1;

/** Never below a small positive weight: a stem in most documents still counts a little (as FTS5 does). */
export function idf(stats: CorpusStats, stem: string): number {
  const n = stats.df(stem);
  return Math.max(1e-6, Math.log(1 + (stats.n - n + 0.5) / (n + 0.5)));
}

export const vectorLength = (tf: ReadonlyMap<string, number>) => {
  let n = 0;
  for (const c of tf.values()) n += c;
  return n;
};

export function bm25(
  query: ReadonlyMap<string, number>,
  doc: ReadonlyMap<string, number>,
  docLength: number,
  stats: CorpusStats,
  weights?: ReadonlyMap<string, number>,
): number {
  const norm = K1 * (1 - B + (B * docLength) / Math.max(1, stats.avgLength));
  let score = 0;
  for (const stem of query.keys()) {
    const f = doc.get(stem);
    if (!f) continue;
    score += (weights?.get(stem) ?? idf(stats, stem)) * ((f * (K1 + 1)) / (f + norm));
  }
  return score;
}

/** Each query stem's inverse document frequency, computed once for scoring many documents. */
export function idfWeights(query: ReadonlyMap<string, number>, stats: CorpusStats): Map<string, number> {
  return new Map([...query.keys()].map((s) => [s, idf(stats, s)]));
}
