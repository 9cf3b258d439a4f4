/**
 * The import section of `npm run bench`: all five UPR Info files
 * (tests/fixtures/real/upr-info-2008-2014, 41,066 rows) imported one after
 * the other into a FRESH temporary database through the same code as the
 * wizard and the CLI (lib/data/import-batches.ts importFile). Target: ≤ 20 s.
 *
 * Baseline, measured in the same run: parsing the same five files alone
 * (decode, CSV, normalise, merge — no database). The ratio says how much the
 * database commit adds on top of reading the files.
 *
 * Each measurement runs in its own child process so its peak RSS (the
 * kernel's high-water mark, getrusage maxrss) is its own. The children use
 * the react-server condition so the data layer's `import "server-only"`
 * resolves to its empty module, as inside Next.js.
 *
 * Standalone: `npx tsx scripts/bench/import.ts`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runBenchChild } from "./child";
import type { BenchRow, BenchSection } from "./types";
import type { DB } from "../../db";
import type { Actor } from "../../lib/auth/roles";
import type { importFile as importFileFn } from "../../lib/data/import-batches";

type ImportFile = typeof importFileFn;

export const UPR_INFO_FILES = ["1-5.csv", "6-9.csv", "10-13.csv", "14-17.csv", "17-20.csv"];
const FIXTURES = path.join("tests", "fixtures", "real", "upr-info-2008-2014");
const TARGET_SECONDS = 20;

type Mode = "parse" | "import";

export type ImportBenchRun = {
  mode: Mode;
  rows: number;
  recommendations: number;
  created: number;
  seconds: number;
  /** RSS after start-up, before the first file is read (MB). */
  baselineRssMb: number;
  /** Kernel high-water mark of resident memory over the whole run (MB). */
  peakRssMb: number;
};

export type ImportBenchResult = { parse: ImportBenchRun; import: ImportBenchRun; ratio: number; withinTarget: boolean };

const MB = 1024 * 1024;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const fmt = (n: number) => n.toLocaleString("en-GB");

/** Measures the parse-only baseline, then the full import, each in a fresh process. */
export async function benchImport(ctx: { log?: (line: string) => void } = {}): Promise<ImportBenchResult> {
  const log = ctx.log ?? console.log;
  const parse = await runChild("parse");
  log(
    `import · baseline, parse only: ${fmt(parse.rows)} rows → ${fmt(parse.recommendations)} recommendations ` +
      `in ${parse.seconds} s; peak RSS ${parse.peakRssMb} MB`,
  );
  const imported = await runChild("import");
  const ratio = round(imported.seconds / parse.seconds);
  const withinTarget = imported.seconds <= TARGET_SECONDS;
  log(
    `import · five UPR Info files into a fresh database: ${fmt(imported.rows)} rows → ` +
      `${fmt(imported.created)} recommendations created in ${imported.seconds} s ` +
      `(${ratio}× the parse alone; target ≤ ${TARGET_SECONDS} s ${withinTarget ? "met" : "MISSED"}); ` +
      `peak RSS ${imported.peakRssMb} MB (at start ${imported.baselineRssMb} MB)`,
  );
  return { parse, import: imported, ratio, withinTarget };
}

/** For scripts/bench/run.ts: one BenchRow, wall time in the p50/p95 columns (one run), the parse alone as "raw". */
export const importSection: BenchSection = {
  name: "import",
  async run() {
    const r = await benchImport();
    const ms = r.import.seconds * 1000;
    const base = r.parse.seconds * 1000;
    return [
      {
        name: `import, 5 UPR Info files (${fmt(r.import.rows)} rows) into a fresh database`,
        p50: ms,
        p95: ms,
        raw: { p50: base, p95: base },
        target: `≤ ${TARGET_SECONDS} s${r.withinTarget ? "" : " — **missed**"}`,
        note:
          `raw = parse alone; ${fmt(r.import.created)} created; ` +
          `peak RSS ${r.import.peakRssMb} MB (parse alone ${r.parse.peakRssMb} MB); one run`,
      } satisfies BenchRow,
    ];
  },
};

function runChild(mode: Mode): Promise<ImportBenchRun> {
  return runBenchChild<ImportBenchRun>("import.ts", mode);
}

/** In the child: read the five files from disk and parse (and, for "import", commit) each in turn. */
async function child(mode: Mode) {
  const { parseImportFile } = await import("../../lib/import");
  const files = UPR_INFO_FILES.map((name) => ({ name, file: path.join(process.cwd(), FIXTURES, name) }));
  let dir: string | undefined;
  let db: DB | undefined;
  let importFile: ImportFile | undefined;
  let actor: Actor | undefined;
  if (mode === "import") {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
    ({ importFile } = await import("../../lib/data/import-batches"));
    actor = (await import("../../lib/auth/roles")).SYSTEM_ACTOR;
    // A fresh, migrated database: opening and migrating it is set-up, not import time.
    db = (await import("../../db")).openDatabase(path.join(dir, "tracker.db"));
  }
  global.gc?.();
  const baselineRss = process.memoryUsage.rss();
  let rows = 0;
  let recommendations = 0;
  let created = 0;
  const started = performance.now();
  try {
    for (const { name, file } of files) {
      const bytes = fs.readFileSync(file);
      if (mode === "parse") {
        const parsed = await parseImportFile(bytes, name);
        rows += parsed.stats.rowsRead;
        recommendations += parsed.stats.recommendations;
      } else {
        const run = await importFile!(db!, actor!, bytes, name);
        if (!run.summary)
          throw new Error(`${name} was refused: ${run.parsed.issues.find((i) => i.severity === "error")?.message}`);
        rows += run.parsed.stats.rowsRead;
        recommendations += run.parsed.stats.recommendations;
        created += run.summary.created;
      }
    }
  } finally {
    db?.$client.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  const result: ImportBenchRun = {
    mode,
    rows,
    recommendations,
    created,
    seconds: round(seconds),
    baselineRssMb: round(baselineRss / MB, 1),
    // ru_maxrss is in kilobytes on Linux.
    peakRssMb: round((process.resourceUsage().maxRSS * 1024) / MB, 1),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf("--child");
  const work = i >= 0 ? child(process.argv[i + 1] as Mode) : benchImport();
  work.catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
