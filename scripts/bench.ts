/**
 * `npm run bench` — performance figures at the scale of the whole UN record.
 * Not a test: it prints p50/p95 beside bare-SQL times and ratios.
 *
 * The synthetic database is BENCH_DATABASE_PATH (default data/bench/tracker-300k.db),
 * created with `db:synth` (seed 42) when absent and reused when present.
 * Sections live in scripts/bench/*.ts; add one by exporting a BenchSection
 * and listing it below (e.g. dashboard render, export memory, import speed).
 * Env: BENCH_ITERATIONS (default 50), BENCH_RECOMMENDATIONS (default 300000),
 * BENCH_SKIP_HTTP=1 to leave out (c), BENCH_SECTIONS=search,http,dashboard,public,export,import,suggestions
 * to run only some sections — or name them as arguments: `npm run bench -- suggestions`.
 */
import { spawnSync } from "node:child_process";

/**
 * The data layer starts with `import "server-only"`, which throws unless
 * modules resolve with the "react-server" condition (as inside Next's server).
 * package.json runs plain `tsx scripts/bench.ts`, so this re-runs itself under
 * that condition and only then loads the benchmark.
 */
if (process.env.BENCH_AS_SERVER !== "1") {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, BENCH_AS_SERVER: "1" },
  });
  process.exit(r.status ?? 1);
} else {
  void import("./bench/run").then((m) => m.runBench());
}
