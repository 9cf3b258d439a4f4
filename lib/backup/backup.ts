/**
 * A consistent copy of the database while the app runs, with SQLite's online
 * backup API (better-sqlite3's `backup()`): it copies pages from a read
 * snapshot, so writers carry on and the copy is the database as of one moment.
 * The copy is then checked with integrity_check, switched to a single file
 * (journal_mode DELETE: no -wal to lose beside it) and made private (0600).
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { makePrivate, PRIVATE_DIR, sidecarFiles } from "../../db/files";
import { t } from "../i18n/messages";
import { integrityProblems, migrationLevel, tableCounts, type MigrationLevel, type TableCounts } from "./inventory";

export class BackupError extends Error {}

export type BackupReport = { file: string; bytes: number; counts: TableCounts; level: MigrationLevel };

/** `tracker-2026-12-01T214607Z.db`: sorts by time, no characters a file system refuses. */
export function backupFileName(databaseFile: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "");
  return `${path.basename(databaseFile).replace(/\.db$/i, "")}-${stamp}.db`;
}

type BackupOptions = {
  /** Copy from this open connection instead of opening the file (the server passes its own handle). */
  source?: Database.Database;
  /** Pages per step; between steps other work runs. Default: everything in one step (one snapshot). */
  pagesPerStep?: number;
};

/**
 * Writes a backup of `databaseFile` to `target` (a new file, or a folder to put
 * a time-stamped file in) and returns what it holds. Never overwrites a file.
 */
export async function backupDatabase(
  databaseFile: string,
  target: string,
  options: BackupOptions = {},
): Promise<BackupReport> {
  const file = resolveTarget(databaseFile, target);
  if (!fs.existsSync(databaseFile)) throw new BackupError(t("backup.noDatabase", { file: databaseFile }));
  const partial = `${file}.partial`;
  const source = options.source ?? new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const step = options.pagesPerStep ?? 0x7fffffff;
    await source.backup(partial, { progress: () => step });
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    if (!options.source) source.close();
  }
  let report: Omit<BackupReport, "file" | "bytes">;
  const copy = new Database(partial);
  try {
    copy.pragma("journal_mode = DELETE");
    const problems = integrityProblems(copy);
    if (problems.length) throw new BackupError(t("backup.corrupt", { problems: problems.join("; ") }));
    report = { counts: tableCounts(copy), level: migrationLevel(copy) };
  } catch (error) {
    copy.close();
    for (const f of [partial, ...sidecarFiles(partial)]) fs.rmSync(f, { force: true });
    throw error;
  }
  copy.close();
  makePrivate(partial);
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size, ...report };
}

function resolveTarget(databaseFile: string, target: string): string {
  const resolved = path.resolve(target);
  const isFolder = fs.existsSync(resolved) && fs.statSync(resolved).isDirectory();
  const file = isFolder ? path.join(resolved, backupFileName(databaseFile)) : resolved;
  if (file === path.resolve(databaseFile)) throw new BackupError(t("backup.sameFile"));
  if (fs.existsSync(file)) throw new BackupError(t("backup.exists", { file }));
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_DIR });
  return file;
}
