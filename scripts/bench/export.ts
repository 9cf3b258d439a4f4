/**
 * The export section of `npm run bench`: streams the WHOLE database
 * (no filters) through the same code as GET /api/export/recommendations.csv
 * (lib/data/export.ts → lib/export/csv.ts) and, optionally, the XLSX writer,
 * and reports rows, bytes, time, and peak memory. Bounded memory means the
 * peak stays flat whatever the row count: compare the figures for 30,000 and
 * 300,000 rows.
 *
 * Each format runs in a fresh child process so its peak RSS (getrusage
 * maxrss, the kernel's own high-water mark) is the export's alone, not
 * whatever ran before it in the bench. The child runs with the react-server
 * condition so the data layer's `import "server-only"` resolves to its empty
 * module, as it does inside Next.js.
 *
 * Standalone: `DATABASE_PATH=… npx tsx scripts/bench/export.ts [--formats csv,xlsx]`.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runBenchChild } from "./child";

export type ExportFormat = "csv" | "xlsx";

export type ExportBenchContext = {
  /** The database file to export (the 300,000-row synthetic one); default DATABASE_PATH or data/tracker.db. */
  databasePath?: string;
  /** Formats to measure (default CSV only; `npm run bench` measures both, CSV first, on the same rows). */
  formats?: ExportFormat[];
  log?: (line: string) => void;
};

export type ExportBenchRow = {
  format: ExportFormat;
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  /** RSS after start-up and opening the database, before the first row (MB). */
  baselineRssMb: number;
  /** Kernel high-water mark of resident memory over the whole run (MB). */
  peakRssMb: number;
  /** Highest V8 heap in use seen while streaming (MB), sampled every 16 chunks. */
  peakHeapMb: number;
};

const MB = 1024 * 1024;
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

export async function benchExport(ctx: ExportBenchContext = {}): Promise<ExportBenchRow[]> {
  const log = ctx.log ?? console.log;
  const databasePath = path.resolve(ctx.databasePath ?? process.env.DATABASE_PATH ?? path.join("data", "tracker.db"));
  const out: ExportBenchRow[] = [];
  for (const format of ctx.formats ?? ["csv"]) {
    const row = await runChild(format, databasePath);
    const rows = row.rows.toLocaleString("en-GB");
    const rate = row.rowsPerSecond.toLocaleString("en-GB");
    log(
      `export · ${format.toUpperCase()} of every recommendation: ${rows} rows, ${round(row.bytes / MB)} MB in ${row.seconds} s ` +
        `(${rate} rows/s); peak RSS ${row.peakRssMb} MB (baseline ${row.baselineRssMb} MB), peak heap ${row.peakHeapMb} MB`,
    );
    out.push(row);
  }
  const [csv, xlsx] = ["csv", "xlsx"].map((f) => out.find((r) => r.format === f));
  if (csv && xlsx) log(`export · XLSX / CSV of the same rows: ${round(xlsx.seconds / csv.seconds)}× (target ≤ 5×)`);
  return out;
}

function runChild(format: ExportFormat, databasePath: string): Promise<ExportBenchRow> {
  return runBenchChild<ExportBenchRow>("export.ts", format, { ...process.env, DATABASE_PATH: databasePath });
}

/** In the child: stream every row to nowhere as fast as a client could take it, watching memory. */
async function child(format: ExportFormat) {
  const { openExportReader, exportRows, countExportRows } = await import("../../lib/data/export");
  const { csvStream } = await import("../../lib/export/csv");
  const { xlsxStream } = await import("../../lib/export/xlsx");
  const { parseFilters } = await import("../../lib/search/filters");
  const file = process.env.DATABASE_PATH!;
  const reader = openExportReader(file);
  const filters = parseFilters({});
  const rows = countExportRows(reader.db, filters);
  const now = new Date();
  const source = exportRows(reader.db, filters, { now, baseUrl: "https://tracker.example.org" }, reader.close);
  const stream =
    format === "csv" ? csvStream(source) : xlsxStream(source, { filters: [], generatedAt: now, sources: [] });
  global.gc?.();
  const baselineRss = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  let bytes = 0;
  let chunks = 0;
  const started = performance.now();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    if (++chunks % 16 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - started) / 1000;
  const result: ExportBenchRow = {
    format,
    rows,
    bytes,
    seconds: round(seconds, 2),
    rowsPerSecond: Math.round(rows / seconds),
    baselineRssMb: round(baselineRss / MB),
    // ru_maxrss is in kilobytes on Linux.
    peakRssMb: round((process.resourceUsage().maxRSS * 1024) / MB),
    peakHeapMb: round(peakHeap / MB),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf("--child");
  if (i >= 0) {
    child(process.argv[i + 1] as ExportFormat).catch((error) => {
      console.error(error);
      process.exit(1);
    });
  } else {
    const f = process.argv.indexOf("--formats");
    const formats = (f >= 0 ? process.argv[f + 1].split(",") : ["csv"]) as ExportFormat[];
    benchExport({ formats }).catch((error) => {
      console.error(error);
      process.exit(1);
    });
  }
}
