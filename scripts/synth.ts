/**
 * `npm run db:synth -- --recommendations 300000 --seed 42 [--replace]`
 *
 * Fills DATABASE_PATH (default data/tracker.db) with a reproducible synthetic
 * record (see scripts/synth/generate.ts). Refuses a database that already has
 * review cycles or recommendations; --replace deletes the file first.
 */
import fs from "node:fs";
import { openDatabase } from "../db";
import { ConfigError, readConfig } from "../lib/config";
import { formatNumber } from "../lib/i18n/format";
import { withIndexesDeferred } from "./synth/bulk";
import { synthesize } from "./synth/generate";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    console.error(`--${name} needs a whole number (got "${process.argv[i + 1] ?? ""}")`);
    process.exit(2);
  }
  return v;
}

export function runSynth(file: string, recommendations: number, seed: number, replace: boolean) {
  const started = performance.now();
  if (replace) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const db = openDatabase(file);
  const c = db.$client;
  // For this bulk load only: a crash means re-running the synth, so durability can wait.
  c.pragma("synchronous = OFF");
  c.pragma("cache_size = -262144");
  c.pragma("temp_store = MEMORY");
  c.pragma("foreign_keys = OFF");
  c.pragma("journal_mode = OFF");
  try {
    const report = withIndexesDeferred(c, () =>
      synthesize(db, {
        recommendations,
        seed,
        onProgress: (n) =>
          process.stdout.write(`\r  ${formatNumber(n)} / ${formatNumber(recommendations)} recommendations`),
      }),
    );
    process.stdout.write("\nIndexing…\n");
    c.pragma("foreign_keys = ON");
    // Full statistics for the benchmark: openDatabase leaves analysis_limit set for its cheap PRAGMA optimize.
    c.pragma("analysis_limit = 0");
    c.exec("ANALYZE");
    c.pragma("journal_mode = WAL");
    report.seconds = (performance.now() - started) / 1000;
    return report;
  } finally {
    c.close();
  }
}

function main() {
  let file: string;
  try {
    file = readConfig().databasePath;
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const recommendations = arg("recommendations", 300_000);
  const seed = arg("seed", 42);
  const replace = process.argv.includes("--replace");
  console.log(`Synthesising ${formatNumber(recommendations)} recommendations (seed ${seed}) into ${file}`);
  try {
    const r = runSynth(file, recommendations, seed, replace);
    const rows: [string, number][] = [
      ["states", r.states],
      ["bodies", r.bodies],
      ["review cycles", r.cycles],
      ["documents", r.documents],
      ["recommendations", r.recommendations],
      ["  of which in Cyrillic", r.cyrillic],
      ["reiteration links", r.reiterations],
      ["state responses", r.responses],
      ["follow-up grades", r.grades],
      ["assessments", r.assessments],
      ["tags", r.tags],
      ["tag links", r.tagLinks],
    ];
    for (const [label, n] of rows) console.log(`${label.padEnd(24)}${formatNumber(n).padStart(12)}`);
    console.log(`Done in ${formatNumber(r.seconds, undefined, { maximumFractionDigits: 1 })} s.`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith("synth.ts")) main();
