/**
 * Scheduled backups inside the running server (BACKUP_DIR, BACKUP_KEEP): one a
 * day, checked hourly against the newest file already in the folder, so a
 * server restarted often neither piles up copies nor goes a day without one.
 * Copies are taken from the server's own connection, a few pages at a time, so
 * requests keep being answered and the server's own writes never restart the
 * copy. The oldest copies beyond BACKUP_KEEP are deleted.
 */
import fs from "node:fs";
import path from "node:path";
import type { DB } from "../../db";
import { PRIVATE_DIR } from "../../db/files";
import { t } from "../i18n/messages";
import { backupDatabase, backupFileName } from "./backup";

export const BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;
const CHECK_EVERY_MS = 60 * 60 * 1000;
const FIRST_CHECK_MS = 60 * 1000;
/** 256 pages of 4 KB per step: about a millisecond of work between other requests. */
const PAGES_PER_STEP = 256;

type Scheduled = { databaseFile: string; folder: string; keep: number; db: () => DB };

/** The scheduled backups in `folder` for this database, oldest first (names sort by time). */
export function scheduledBackups(databaseFile: string, folder: string): string[] {
  const example = backupFileName(databaseFile, new Date(0));
  const prefix = example.slice(0, example.length - "1970-01-01T000000Z.db".length);
  const pattern = /^\d{4}-\d{2}-\d{2}T\d{6}Z\.db$/;
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix) && pattern.test(n.slice(prefix.length)))
    .sort()
    .map((n) => path.join(folder, n));
}

/** Takes a backup if the newest one is a day old (or there is none), then deletes all but the newest `keep`. */
export async function runScheduledBackup(s: Scheduled, now = Date.now()): Promise<string | null> {
  const existing = scheduledBackups(s.databaseFile, s.folder);
  const newest = existing.at(-1);
  if (newest && now - fs.statSync(newest).mtimeMs < BACKUP_EVERY_MS) return null;
  fs.mkdirSync(s.folder, { recursive: true, mode: PRIVATE_DIR });
  const report = await backupDatabase(s.databaseFile, s.folder, {
    source: s.db().$client,
    pagesPerStep: PAGES_PER_STEP,
  });
  const all = scheduledBackups(s.databaseFile, s.folder);
  for (const old of all.slice(0, Math.max(0, all.length - s.keep))) fs.rmSync(old, { force: true });
  return report.file;
}

/** Starts the hourly check; returns a function that stops it. */
export function scheduleBackups(s: Scheduled): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    runScheduledBackup(s)
      .then((file) => file && console.log(t("backup.scheduled", { file })))
      .catch((error: unknown) =>
        console.error(
          t("backup.scheduledFailed", {
            folder: s.folder,
            reason: error instanceof Error ? error.message : String(error),
          }),
        ),
      )
      .finally(() => (running = false));
  };
  const first = setTimeout(tick, FIRST_CHECK_MS);
  const every = setInterval(tick, CHECK_EVERY_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
