/**
 * Puts a backup in place of the database, safely:
 * 1. refuses while anything holds the database (lib/backup/holder.ts): swapping
 *    the file under a running server is how databases got corrupted;
 * 2. checks a private copy of the backup — integrity_check, and that its
 *    migrations are ones this version knows (a backup from a newer version is
 *    refused; an older one is brought up to date afterwards);
 * 3. checkpoints the current database and keeps it as
 *    `<name>.before-restore-<time>` (complete: its WAL folded in first);
 * 4. removes stale -wal/-shm files, which SQLite would otherwise replay onto the
 *    restored file;
 * 5. moves the checked copy into place and opens it, which applies pending
 *    migrations, then checks it once more.
 * Until step 3 nothing about the current database changes.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../../db";
import { makePrivate, sidecarFiles } from "../../db/files";
import { t } from "../i18n/messages";
import { BackupError } from "./backup";
import { databaseHolders, serverPidFile, type Holder } from "./holder";
import { integrityProblems, migrationLevel, tableCounts, type MigrationLevel, type TableCounts } from "./inventory";

export class RestoreRefused extends BackupError {
  constructor(
    message: string,
    readonly holders: Holder[] = [],
  ) {
    super(message);
  }
}

export type RestoreReport = {
  /** Where the database that was replaced now is; null when there was none. */
  keptAs: string | null;
  /** Migrations applied to the backup to bring it up to this version. */
  migrated: number;
  counts: TableCounts;
};

const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");

export function assertNobodyHolds(databaseFile: string) {
  const holders = databaseHolders(databaseFile);
  if (holders.length === 0) return;
  const pids = holders.map((h) => String(h.pid)).join(", ");
  const key = holders.some((h) => h.how === "server") ? "restore.serverRunning" : "restore.fileOpen";
  throw new RestoreRefused(t(key, { pids, file: databaseFile }), holders);
}

/** Copies the backup beside the database and checks the copy; the backup file itself is only read. */
function checkedCopy(backupFile: string, databaseFile: string, now: Date): { file: string; level: MigrationLevel } {
  if (!fs.existsSync(backupFile) || !fs.statSync(backupFile).isFile())
    throw new RestoreRefused(t("restore.noBackup", { file: backupFile }));
  const copy = `${databaseFile}.restoring-${stamp(now)}`;
  fs.copyFileSync(backupFile, copy, fs.constants.COPYFILE_EXCL);
  makePrivate(copy);
  const discard = () => [copy, ...sidecarFiles(copy)].forEach((f) => fs.rmSync(f, { force: true }));
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(copy, { fileMustExist: true });
    // A backup taken by copying a live file may be in WAL mode with its WAL elsewhere: make it one file.
    sqlite.pragma("journal_mode = DELETE");
    const problems = integrityProblems(sqlite);
    if (problems.length) throw new RestoreRefused(t("restore.corrupt", { problems: problems.join("; ") }));
    const level = migrationLevel(sqlite);
    if (!level.isTracker) throw new RestoreRefused(t("restore.notTracker", { file: backupFile }));
    if (level.unknown > 0) throw new RestoreRefused(t("restore.newerVersion", { count: level.unknown }));
    sqlite.close();
    sqlite = null;
    return { file: copy, level };
  } catch (error) {
    sqlite?.close();
    discard();
    if (error instanceof RestoreRefused) throw error;
    throw new RestoreRefused(
      t("restore.unreadable", { file: backupFile, reason: error instanceof Error ? error.message : String(error) }),
    );
  }
}

/** Folds the current database's WAL into it and moves it aside; returns where it went. */
function setAside(databaseFile: string, now: Date): string | null {
  if (!fs.existsSync(databaseFile)) {
    sidecarFiles(databaseFile).forEach((f) => fs.rmSync(f, { force: true }));
    return null;
  }
  const keptAs = `${databaseFile}.before-restore-${stamp(now)}`;
  let checkpointed = false;
  try {
    const current = new Database(databaseFile, { fileMustExist: true });
    current.pragma("busy_timeout = 0");
    const [result] = current.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
    checkpointed = result?.busy === 0;
    current.close();
  } catch {
    // Unreadable: keep every file as it is, the WAL too, so nothing of it is lost.
  }
  fs.renameSync(databaseFile, keptAs);
  for (const [from, to] of sidecarFiles(databaseFile).map((f, i) => [f, sidecarFiles(keptAs)[i]]))
    if (fs.existsSync(from)) {
      if (checkpointed) fs.rmSync(from, { force: true });
      else fs.renameSync(from, to);
    }
  return keptAs;
}

export function restoreDatabase(backupFile: string, databaseFile: string, now = new Date()): RestoreReport {
  const target = path.resolve(databaseFile);
  const source = path.resolve(backupFile);
  if (source === target) throw new RestoreRefused(t("restore.sameFile"));
  assertNobodyHolds(target);
  const copy = checkedCopy(source, target, now);
  // Checked again: the server may have been started while the copy was checked.
  try {
    assertNobodyHolds(target);
  } catch (error) {
    fs.rmSync(copy.file, { force: true });
    throw error;
  }
  const keptAs = setAside(target, now);
  fs.renameSync(copy.file, target);
  fs.rmSync(serverPidFile(target), { force: true });
  const db = openDatabase(target);
  try {
    const problems = integrityProblems(db.$client);
    if (problems.length) throw new BackupError(t("restore.corrupt", { problems: problems.join("; ") }));
    return {
      keptAs,
      migrated: copy.level.pending - migrationLevel(db.$client).pending,
      counts: tableCounts(db.$client),
    };
  } finally {
    db.$client.close();
  }
}
