/** The body of `npm run bench` (see scripts/bench.ts), loaded under the react-server condition. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db";
import { formatNumber } from "../../lib/i18n/format";
import { dashboardSection } from "./dashboard";
import { benchExport } from "./export";
import { httpSection } from "./http";
import { importSection } from "./import";
import { publicSection } from "./public";
import { searchSection } from "./search";
import { startServer, type BenchServer } from "./server";
import { suggestionsSection } from "./suggestions";
import type { BenchRow, BenchSection } from "./types";
import { runSynth } from "../synth";

/**
 * The export bench reports one streamed run per format (time, memory), not percentiles: CSV and
 * Excel of the same rows in the same run, and Excel's time as a multiple of the CSV's
 * (the target in docs/benchmarks.md: at most 5×, with flat memory).
 */
const exportSection: BenchSection = {
  name: "export",
  run: async (ctx) => {
    const runs = await benchExport({ databasePath: ctx.file, formats: ["csv", "xlsx"], log: () => {} });
    const csv = runs.find((r) => r.format === "csv");
    return runs.map((r) => ({
      name: `export ${r.format.toUpperCase()} of every recommendation (one run)`,
      p50: r.seconds * 1000,
      p95: NaN,
      note:
        `${formatNumber(r.rows)} rows, ${formatNumber(r.rowsPerSecond)} rows/s, ` +
        `peak RSS ${r.peakRssMb} MB (baseline ${r.baselineRssMb} MB)` +
        (r.format === "xlsx" && csv
          ? `, ${formatNumber(r.seconds / csv.seconds, "en-GB", { maximumFractionDigits: 1 })}× the CSV (target ≤ 5×)`
          : ""),
    }));
  },
};

/**
 * Every section, in order. `npm run bench -- suggestions search` or BENCH_SECTIONS=search,http
 * (names: search, http, dashboard, public, export, import, suggestions) runs some of them.
 */
const SECTIONS: BenchSection[] = [
  searchSection,
  httpSection,
  dashboardSection,
  publicSection,
  exportSection,
  importSection,
  suggestionsSection,
];

/** Section names given on the command line (`npm run bench -- suggestions`), else BENCH_SECTIONS, else all. */
function chosenSections(): string[] | undefined {
  const args = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  if (args.length) return args;
  return process.env.BENCH_SECTIONS?.split(",").map((s) => s.trim());
}

const ms = (n: number) =>
  Number.isFinite(n) ? formatNumber(n, "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : "–";

function print(rows: BenchRow[]) {
  console.log("| measurement | p50 ms | p95 ms | raw SQL p50 | raw SQL p95 | ratio (p50) | target | note |");
  console.log("|---|---:|---:|---:|---:|---:|---|---|");
  for (const r of rows) {
    const ratio = r.raw ? `${formatNumber(r.p50 / r.raw.p50, "en-GB", { maximumFractionDigits: 2 })}×` : "–";
    console.log(
      `| ${r.name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.raw?.p50 ?? NaN)} | ${ms(r.raw?.p95 ?? NaN)} | ` +
        `${ratio} | ${r.target ?? ""} | ${r.note ?? ""} |`,
    );
  }
}

export async function runBench() {
  const n = Number(process.env.BENCH_RECOMMENDATIONS ?? 300_000);
  const file = path.resolve(process.env.BENCH_DATABASE_PATH ?? `data/bench/tracker-${n / 1000}k.db`);
  if (!fs.existsSync(file)) {
    console.log(`No benchmark database at ${file}: synthesising ${formatNumber(n)} recommendations (seed 42)…`);
    const r = runSynth(file, n, 42, false);
    console.log(`Synthesised in ${ms(r.seconds)} s.`);
  }
  const db = openDatabase(file);
  // BENCH_MMAP=1 measures the connection settings proposed for db/index.ts (memory-mapped reads, 64 MiB page cache).
  if (process.env.BENCH_MMAP === "1") {
    db.$client.pragma("mmap_size = 1073741824");
    db.$client.pragma("cache_size = -65536");
  }
  const iterations = Number(process.env.BENCH_ITERATIONS ?? 50);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const ramGib = formatNumber(os.totalmem() / 2 ** 30, "en-GB", { maximumFractionDigits: 1 });
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(
    `Machine: ${os.cpus().length} × ${cpu}, ${ramGib} GiB RAM, Node ${process.version}, load average ${load}`,
  );
  console.log(
    `Connection: ${process.env.BENCH_MMAP === "1" ? "mmap_size 1 GiB, cache_size 64 MiB" : "as db/index.ts opens it"}`,
  );
  const sizeMib = formatNumber(fs.statSync(file).size / 2 ** 20, "en-GB", { maximumFractionDigits: 0 });
  console.log(`Database: ${file} (${sizeMib} MiB), ${iterations} runs each\n`);
  const rows: BenchRow[] = [];
  let server: BenchServer | undefined;
  let serverProblem: string | undefined = "skipped (BENCH_SKIP_HTTP=1)";
  const only = chosenSections();
  const unknown = only?.filter((name) => !SECTIONS.some((s) => s.name === name)) ?? [];
  if (unknown.length) {
    console.error(
      `Unknown bench section ${unknown.join(", ")}: choose from ${SECTIONS.map((s) => s.name).join(", ")}.`,
    );
    process.exit(2);
  }
  if (
    process.env.BENCH_SKIP_HTTP !== "1" &&
    (!only || only.some((name) => ["http", "dashboard", "public"].includes(name)))
  ) {
    try {
      server = await startServer(db, file);
      serverProblem = undefined;
    } catch (e) {
      serverProblem = `next start failed: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  try {
    for (const s of SECTIONS.filter((x) => !only || only.includes(x.name))) {
      // The sections before this one may have blocked the event loop for a minute while
      // the server closed its idle keep-alive sockets; a throwaway request (which may fail
      // on such a dead socket) clears them so the section's first request is not the one.
      if (server)
        for (let i = 0; i < 2; i++)
          await fetch(`${server.baseUrl}/login`)
            .then((r) => r.text())
            .catch(() => undefined);
      try {
        rows.push(...(await s.run({ file, db, iterations, server, serverProblem })));
      } catch (e) {
        // fetch() hides the reason (connection refused, reset…) in `cause`.
        const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : "";
        rows.push({
          name: s.name,
          p50: NaN,
          p95: NaN,
          note: `failed: ${e instanceof Error ? e.message : String(e)}${cause}`,
        });
      }
    }
  } finally {
    server?.stop();
    db.$client.close();
  }
  print(rows);
  // Other work on the machine skews every figure: say how busy it was at the end too.
  console.log(
    `\nLoad average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
}
