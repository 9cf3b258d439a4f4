/**
 * What the server does once when it starts (instrumentation.ts) and when it
 * stops. Next.js's own SIGTERM/SIGINT handlers finish the requests in flight
 * and then exit the process; the "exit" handler here then checkpoints and
 * closes the database (one complete file, no -wal left to replay), and
 * removes the mark that tells `npm run restore` a server holds the database.
 */
import { closeDb, getDb } from "../../db";
import { claimDatabase, releaseDatabase } from "../backup/holder";
import { scheduleBackups } from "../backup/schedule";
import { config } from "../config";
import { startUploadSweep } from "../uploads/store";

const globalForLifecycle = globalThis as unknown as { __trackerLifecycle?: boolean };

export function startServerLifecycle() {
  if (globalForLifecycle.__trackerLifecycle) return;
  globalForLifecycle.__trackerLifecycle = true;
  const cfg = config();
  claimDatabase(cfg.databasePath);
  startUploadSweep();
  if (cfg.backupDir)
    scheduleBackups({ databaseFile: cfg.databasePath, folder: cfg.backupDir, keep: cfg.backupKeep, db: getDb });
  process.on("exit", () => {
    try {
      closeDb();
    } finally {
      releaseDatabase(cfg.databasePath);
    }
  });
}
