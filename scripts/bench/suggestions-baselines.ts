/**
 * The alternative the suggestions were measured against (scripts/bench/suggestions.ts):
 * TF-IDF cosine over the same stems (lib/suggestions/lexical.ts), in memory.
 * Sublinear term frequency (1 + log tf), smoothed IDF, unit-length vectors.
 */
import { termVector } from "../../lib/suggestions/lexical";

export type CosineIndex = {
  vectors: Map<string, number>[];
  postings: Map<string, [number, number][]>;
  idf: (stem: string) => number;
};

export function cosineIndex(texts: readonly string[]): CosineIndex {
  const tfs = texts.map((t) => termVector(t).tf);
  const df = new Map<string, number>();
  for (const tf of tfs) for (const stem of tf.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = texts.length;
  const idf = (stem: string) => Math.log((n + 1) / ((df.get(stem) ?? 0) + 1)) + 1;
  const vectors = tfs.map((tf) => weigh(tf, idf));
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [stem, w] of v) {
      const list = postings.get(stem) ?? [];
      list.push([i, w]);
      postings.set(stem, list);
    }
  });
  return { vectors, postings, idf };
}

export function weigh(tf: ReadonlyMap<string, number>, idf: (stem: string) => number): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [stem, count] of tf) {
    const w = (1 + Math.log(count)) * idf(stem);
    out.set(stem, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [stem, w] of out) out.set(stem, w / norm);
  return out;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const [stem, w] of a) s += w * (b.get(stem) ?? 0);
  return s;
}

/** The k most similar indexed texts to `text`, best first. */
export function nearest(index: CosineIndex, text: string, k: number): { i: number; score: number }[] {
  const q = weigh(termVector(text).tf, index.idf);
  const sums = new Map<number, number>();
  for (const [stem, w] of q)
    for (const [i, x] of index.postings.get(stem) ?? []) sums.set(i, (sums.get(i) ?? 0) + w * x);
  return [...sums]
    .map(([i, score]) => ({ i, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}
