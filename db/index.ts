import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import { config } from "../lib/config";
import { isBusyError } from "../lib/errors";
import { indexTerms } from "../lib/suggestions/lexical";
import { prepareDatabaseFile } from "./files";
import * as schema from "./schema";

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The handle a transaction callback receives; DAL helpers accept either. */
export type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];
export type Executor = DB | Tx;

/**
 * How long a statement waits for another connection's write lock before SQLITE_BUSY.
 * The server keeps it short so a request answers "busy, try again" (503) instead of
 * hanging; scripts that should wait their turn (imports) pass a longer one.
 */
export const BUSY_TIMEOUT_MS = 5000;
/** Command-line tools wait their turn behind another import (the longest takes about half a minute). */
export const CLI_BUSY_TIMEOUT_MS = 10 * 60 * 1000;

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/**
 * Opens (creating if needed) a SQLite database with the settings the app
 * relies on, and applies committed migrations. Safe to call from several
 * processes at once: WAL + busy timeout serialise the migrator.
 */
export function openDatabase(file: string, { migrateNow = true, busyTimeoutMs = BUSY_TIMEOUT_MS } = {}): DB {
  prepareDatabaseFile(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  // Reads dominate (search, dashboards over 300k rows): map the file and keep a 64 MB page cache.
  sqlite.pragma("mmap_size = 268435456");
  sqlite.pragma("cache_size = -65536");
  registerFunctions(sqlite);
  const db: DB = drizzle(sqlite, { schema });
  if (migrateNow) migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  // SQLite's advice for connections that live long: refresh the planner's statistics where
  // they are missing or stale (after migrations, big imports). analysis_limit bounds the cost
  // on a 300,000-row database to a few milliseconds per index.
  sqlite.pragma("analysis_limit = 1000");
  try {
    sqlite.pragma("optimize = 0x10002");
  } catch (error) {
    // ANALYZE needs the write lock: while another process imports, fresher statistics can wait.
    if (!isBusyError(error)) throw error;
  }
  return db;
}

/**
 * SQL functions the schema's triggers call (migration 0010: the similarity index
 * stems each recommendation's text as it is written). Every connection that may
 * write recommendations must have them, so they are registered here, before the
 * migrations run.
 */
export function registerFunctions(sqlite: Database.Database) {
  sqlite.function("lexical_terms", { deterministic: true }, (text: unknown) =>
    indexTerms(typeof text === "string" ? text : null),
  );
}

const globalForDb = globalThis as unknown as { __trackerDb?: { file: string; db: DB } };

/** The process-wide handle for DATABASE_PATH, cached across hot reloads. */
export function getDb(): DB {
  const file = config().databasePath;
  if (globalForDb.__trackerDb?.file !== file) {
    globalForDb.__trackerDb = { file, db: openDatabase(file) };
  }
  return globalForDb.__trackerDb.db;
}

/**
 * Folds the WAL into the database file and closes the process-wide handle, so a
 * stopped server leaves one complete file behind (no -wal to replay later).
 */
export function closeDb() {
  const held = globalForDb.__trackerDb;
  if (!held) return;
  globalForDb.__trackerDb = undefined;
  try {
    held.db.$client.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    held.db.$client.close();
  }
}

export { schema };
