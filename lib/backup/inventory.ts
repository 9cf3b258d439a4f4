/**
 * What a database file holds, read the same way for a backup, a restore and the
 * tests: SQLite's own integrity check, the row count of every table people's
 * data lives in, and how far its migrations go compared with this version's
 * db/migrations journal.
 */
import type Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { MIGRATIONS_FOLDER } from "../../db";

/** Tables that are not data of their own: SQLite's, the migrator's and the search index (rebuilt from the rows). */
const NOT_DATA = /^(sqlite_|__drizzle_migrations$|recommendation_search)/;

export type TableCounts = Record<string, number>;

export function tableCounts(sqlite: Database.Database): TableCounts {
  const names = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: TableCounts = {};
  for (const name of names) {
    if (NOT_DATA.test(name)) continue;
    counts[name] = sqlite
      .prepare(`SELECT COUNT(*) FROM "${name.replace(/"/g, '""')}"`)
      .pluck()
      .get() as number;
  }
  return counts;
}

/** "ok", or the first problems SQLite lists. */
export function integrityProblems(sqlite: Database.Database): string[] {
  const rows = sqlite.pragma("integrity_check(20)", { simple: false }) as { integrity_check: string }[];
  const messages = rows.map((r) => r.integrity_check);
  return messages.length === 1 && messages[0] === "ok" ? [] : messages;
}

type JournalEntry = { idx: number; when: number; tag: string };

/** The migrations this version of the app knows, oldest first. */
export function knownMigrations(folder = MIGRATIONS_FOLDER): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}

export type MigrationLevel = {
  /** Migrations of this version already applied to the file. */
  applied: number;
  /** Migrations of this version the file still needs (applied when it is opened). */
  pending: number;
  /** Migrations in the file that this version does not know: it was made by a newer version. */
  unknown: number;
  /** False when the file has no migration table at all: not a Treaty Tracker database. */
  isTracker: boolean;
};

export function migrationLevel(sqlite: Database.Database, folder = MIGRATIONS_FOLDER): MigrationLevel {
  const known = knownMigrations(folder).map((e) => e.when);
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!hasTable) return { applied: 0, pending: known.length, unknown: 0, isTracker: false };
  const inFile = new Set(
    (sqlite.prepare("SELECT created_at FROM __drizzle_migrations").pluck().all() as (number | string)[]).map(Number),
  );
  const applied = known.filter((w) => inFile.has(w)).length;
  const unknown = [...inFile].filter((w) => !known.includes(w)).length;
  return { applied, pending: known.length - applied, unknown, isTracker: true };
}
