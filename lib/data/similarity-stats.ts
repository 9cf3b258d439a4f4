import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import type { CorpusStats } from "../suggestions/bm25";

/**
 * Document frequencies of every stem in the similarity index (migration
 * 0010), read from its fts5vocab table in one pass (~170 ms at 300,000
 * recommendations) and kept per connection. Inverse document frequencies move
 * slowly: the statistics are read again when the index has grown or shrunk by
 * more than 2 %, or after ten minutes — not after every write, which would
 * make every click on the review queue pay for a full pass.
 */
const MAX_AGE_MS = 10 * 60_000;
const MAX_DRIFT = 0.02;
type Entry = { stats: CorpusStats; at: number; marker: number };
const entries = new WeakMap<object, Entry>();
/** The state column's tokens ("s12"), which are no words. */
const STATE_TOKEN = /^s\d+$/;

/** A small index is cheap to read again: only a large one is allowed to drift. */
const fresh = (was: number, now: number) =>
  was === now || (was >= SMALL_INDEX && Math.abs(now - was) <= MAX_DRIFT * was);
const SMALL_INDEX = 10_000;

/** A transaction's handle is new each time: statistics are kept for the connection's own handle only. */
const keyOf = (db: Executor): object | null => ("$client" in db ? db.$client : null);

export function corpusStats(db: Executor, now = Date.now()): CorpusStats {
  const key = keyOf(db);
  const marker = db.get<{ n: number | null }>(sql`SELECT MAX(id) AS n FROM recommendations`)?.n ?? 0;
  const entry = key ? entries.get(key) : undefined;
  if (entry && now - entry.at < MAX_AGE_MS && fresh(entry.marker, marker)) return entry.stats;
  const df = new Map<string, number>();
  let instances = 0;
  for (const r of db.all<{ term: string; doc: number; cnt: number }>(
    sql`SELECT term, doc, cnt FROM recommendation_similarity_vocab`,
  )) {
    if (STATE_TOKEN.test(r.term)) continue;
    df.set(r.term, r.doc);
    instances += r.cnt;
  }
  const n = Math.max(1, db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM recommendations`).n);
  const stats: CorpusStats = { n, avgLength: instances / n, df: (s) => df.get(s) ?? 0 };
  if (key) entries.set(key, { stats, at: now, marker });
  return stats;
}

/** Forgets the statistics (tests that build a corpus and query it at once; the benchmark's cold runs). */
export function forgetCorpusStats(db: Executor): void {
  const key = keyOf(db);
  if (key) entries.delete(key);
}
