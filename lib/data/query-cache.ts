import type Database from "better-sqlite3";
import type { Executor } from "../../db";

/**
 * Remembers read-only query results while the database is unchanged, so a
 * dashboard or facet view over 300,000 rows is computed once, not per visit.
 * The cache belongs to the connection and is emptied whenever data may have
 * changed:
 *
 * - `total_changes()` moves with every row this connection writes (triggers
 *   included), committed or not;
 * - `PRAGMA data_version` moves whenever another connection — another process,
 *   the import CLI — commits.
 *
 * Both are read on every call (microseconds). Inside a transaction nothing is
 * cached or reused: a rollback would leave total_changes() where it was and an
 * entry would describe data that never existed. Callers must not mutate what
 * they get back.
 */
const MAX_ENTRIES = 200;
type Cache = {
  marker: string;
  entries: Map<string, unknown>;
  version: Database.Statement;
  changes: Database.Statement;
};
const caches = new WeakMap<Database.Database, Cache>();

export function cachedQuery<T>(db: Executor, key: string, compute: () => T, enabled = true): T {
  const client = "$client" in db ? db.$client : null;
  if (!enabled || !client || client.inTransaction) return compute();
  let c = caches.get(client);
  if (!c) {
    c = {
      marker: "",
      entries: new Map(),
      version: client.prepare("PRAGMA data_version").pluck(),
      changes: client.prepare("SELECT total_changes()").pluck(),
    };
    caches.set(client, c);
  }
  const marker = `${String(c.version.get())}:${String(c.changes.get())}`;
  if (marker !== c.marker) {
    c.entries.clear();
    c.marker = marker;
  }
  if (c.entries.has(key)) {
    const hit = c.entries.get(key) as T;
    // Most recently used last, so the oldest is the one dropped.
    c.entries.delete(key);
    c.entries.set(key, hit);
    return hit;
  }
  const value = compute();
  c.entries.set(key, value);
  if (c.entries.size > MAX_ENTRIES) c.entries.delete(c.entries.keys().next().value!);
  return value;
}

/** Drops everything remembered for this connection (the benchmark uses it to time cold views). */
export function forgetCachedQueries(db: Executor): void {
  if ("$client" in db) caches.delete(db.$client);
}
