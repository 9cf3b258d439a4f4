import { sql } from "drizzle-orm";
import { integer } from "drizzle-orm/sqlite-core";

/**
 * Columns every editable row carries: an optimistic-concurrency `version` and
 * created/updated times (unix seconds, set by SQLite so scripts and the app agree).
 */
export const editable = {
  version: integer("version").notNull().default(1),
  createdAt: integer("created_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
  updatedAt: integer("updated_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
};

/** Reversible archiving: archived rows are hidden, never deleted. */
export const archivable = {
  archivedAt: integer("archived_at", { mode: "timestamp" }),
};
