import type { DB } from "../../db";

/** One measured line: the data layer (or HTTP) beside the same work done on bare better-sqlite3. */
export type BenchRow = {
  name: string;
  p50: number;
  p95: number;
  raw?: { p50: number; p95: number };
  target?: string;
  note?: string;
};

export type BenchContext = {
  /** The synthetic database (300,000 recommendations unless BENCH_RECOMMENDATIONS says otherwise). */
  file: string;
  db: DB;
  iterations: number;
  /** A signed-in `next start` on the same database, for sections that time pages; absent with BENCH_SKIP_HTTP=1 or when it failed. */
  server?: { baseUrl: string; cookie: string };
  /** Why there is no server, to print in place of the figures. */
  serverProblem?: string;
};

/** A bench section: scripts/bench.ts runs each in turn. Add dashboard, export or import sections as modules like this one. */
export type BenchSection = { name: string; run: (ctx: BenchContext) => Promise<BenchRow[]> | BenchRow[] };
