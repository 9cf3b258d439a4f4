import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

/** Every change (and every export) — who, when, what, with before/after JSON. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    userId: integer("user_id").references(() => users.id),
    /** Kept as written so the entry still reads after a user is renamed. */
    userEmail: text("user_email"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: integer("entity_id"),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_user_idx").on(t.userId),
    index("audit_log_entity_idx").on(t.entity, t.entityId),
  ],
);
export type AuditRow = typeof auditLog.$inferSelect;

/** One committed import: the file's hash makes a re-import recognisable. */
export const importBatches = sqliteTable(
  "import_batches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fileName: text("file_name").notNull(),
    format: text("format").notNull(),
    sha256: text("sha256").notNull(),
    userId: integer("user_id").references(() => users.id),
    summary: text("summary", { mode: "json" }),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [index("import_batches_sha_idx").on(t.sha256), index("import_batches_user_idx").on(t.userId)],
);

/** Small key/value facts about this database (e.g. when the demo was seeded). */
export const appMeta = sqliteTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
