/**
 * `npm run import -- FILE [--format upr-info|ohchr-docx|uhri|tracker-csv] [--dry-run]`
 *
 * Imports one file into DATABASE_PATH (migrating it first if needed) through
 * the same code as the /import wizard (lib/data/import-batches.ts importFile →
 * lib/import parse → lib/data/import commit), acting as the system actor.
 * Exit codes: 0 imported (or dry run passed), 1 file refused (errors,
 * unreadable, too large, unknown format), 2 wrong command line.
 */
import fs from "node:fs";
import path from "node:path";
import { CLI_BUSY_TIMEOUT_MS, openDatabase } from "../db";
import { SYSTEM_ACTOR } from "../lib/auth/roles";
import { readConfig } from "../lib/config";
import { importFile, type ImportRun } from "../lib/data/import-batches";
import { likelyReiterationsForBatch } from "../lib/data/reiteration-queue";
import { formatNumber } from "../lib/i18n/format";
import { t } from "../lib/i18n/messages";
import { MAX_IMPORT_BYTES } from "../lib/import/limits";
import { importHistoryText } from "../lib/import/history-text";
import { importMessage } from "../lib/import/messages";
import { IMPORT_FORMATS, type ImportFormat } from "../lib/import/types";
import { DELIMITER_LABELS, ENCODING_LABELS, FORMAT_LABELS } from "../app/(app)/import/_lib/labels";

/** A terminal cannot usefully show 1,000 problems; the rest are counted. */
const MAX_PRINTED_ISSUES = 50;
const MB = 1024 * 1024;

const USAGE = `Usage: npm run import -- FILE [--format ${IMPORT_FORMATS.join("|")}] [--dry-run]`;

type Args = { file: string; format?: ImportFormat; dryRun: boolean };

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let format: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dry-run") dryRun = true;
    else if (a === "--format") format = argv[++i];
    else if (a.startsWith("--format=")) format = a.slice("--format=".length);
    else if (a === "--help" || a === "-h") throw new UsageError(USAGE);
    else if (a.startsWith("-")) throw new UsageError(`Unknown option ${a}.\n${USAGE}`);
    else if (file) throw new UsageError(`One file at a time (got ${file} and ${a}).\n${USAGE}`);
    else file = a;
  }
  if (!file) throw new UsageError(USAGE);
  if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format "${format ?? ""}"; use one of ${IMPORT_FORMATS.join(", ")}.`);
  }
  return { file, format: format as ImportFormat | undefined, dryRun };
}

function report(run: ImportRun) {
  const { parsed } = run;
  if (parsed.format || parsed.encoding) {
    const encoding = parsed.encoding ? ENCODING_LABELS[parsed.encoding] : "—";
    const withDelimiter = parsed.delimiter ? `${encoding}, ${DELIMITER_LABELS[parsed.delimiter]}-separated` : encoding;
    console.log(
      t("import.detected", { format: parsed.format ? FORMAT_LABELS[parsed.format] : "—", encoding: withDelimiter }),
    );
  }
  const s = parsed.stats;
  if (s.rowsRead > 0) {
    console.log(
      t("import.stats", {
        rows: s.rowsRead,
        recommendations: s.recommendations,
        supported: s.supported,
        noted: s.noted,
        supportedNoted: s.supportedNoted,
        skipped: s.skipped,
        duplicates: s.duplicateRowsMerged,
        grouped: s.rowsMergedIntoGroups,
      }),
    );
  }
  const errors = parsed.issues.filter((i) => i.severity === "error");
  const warnings = parsed.issues.filter((i) => i.severity === "warning");
  console.log(
    t("import.problems", {
      errors: t("import.errors", { count: errors.length }),
      warnings: t("import.warnings", { count: warnings.length }),
    }),
  );
  // Errors first: they are why a file is refused.
  const shown = [...errors, ...warnings];
  for (const issue of shown.slice(0, MAX_PRINTED_ISSUES))
    console.log(`  ${issue.severity === "error" ? "error  " : "warning"}  ${issue.message}`);
  if (shown.length > MAX_PRINTED_ISSUES)
    console.log(`  ${t("import.moreIssues", { count: shown.length - MAX_PRINTED_ISSUES })}`);
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(e.message);
    return 2;
  }
  const file = path.resolve(args.file);
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error(`${file} is not a file`);
    size = stat.size;
  } catch (e) {
    console.error(importMessage("file.unreadable", { reason: e instanceof Error ? e.message : String(e) }));
    return 1;
  }
  // Refused before reading, so a mistaken multi-gigabyte path never lands in memory.
  if (size > MAX_IMPORT_BYTES) {
    console.error(importMessage("file.tooBig", { size: Math.ceil(size / MB), limit: MAX_IMPORT_BYTES / MB }));
    return 1;
  }
  const cfg = readConfig();
  const db = openDatabase(cfg.databasePath, { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });
  try {
    console.log(`${path.basename(file)} → ${cfg.databasePath}`);
    const started = performance.now();
    const run = await importFile(db, SYSTEM_ACTOR, fs.readFileSync(file), path.basename(file), {
      format: args.format,
      dryRun: args.dryRun,
    });
    report(run);
    if (!run.summary) {
      console.error(t("import.refused", { count: run.parsed.issues.filter((i) => i.severity === "error").length }));
      return 1;
    }
    const { created, updated, skipped, duplicatesMerged } = run.summary;
    console.log(t("import.summary", { created, updated, skipped, merged: duplicatesMerged }));
    if (run.summary.history) console.log(importHistoryText(run.summary.history));
    if (run.summary.keptEdits > 0) {
      console.log(t("import.keptEdits", { count: run.summary.keptEdits }));
      for (const k of run.summary.keptEditRows)
        console.log(`  ${t("import.keptEditRow", { line: String(k.line), id: String(k.id) })}`);
      const more = run.summary.keptEdits - run.summary.keptEditRows.length;
      if (more > 0) console.log(`  ${t("import.keptEditsMore", { count: more })}`);
    }
    if (run.summary.dryRun) console.log(t("import.dryRun"));
    else
      console.log(
        `Import #${run.summary.batchId} (${formatNumber((performance.now() - started) / 1000, undefined, { maximumFractionDigits: 1 })} s)`,
      );
    if (!run.summary.dryRun && run.summary.batchId !== null && created > 0)
      for (const s of likelyReiterationsForBatch(db, run.summary.batchId))
        console.log(
          t("suggestions.importFoundCli", { count: s.count, state: s.name, path: `/states/${s.code}/reiterations` }),
        );
    return 0;
  } finally {
    db.$client.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
