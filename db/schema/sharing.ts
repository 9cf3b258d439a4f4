import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { SHARE_VIEWS } from "./enums";
import { recommendations } from "./recommendations";
import { users } from "./users";

/**
 * A read-only link to one view for someone without an account. Only the SHA-256 of the
 * token is kept: the address is the credential, so a copy of the database must not open it.
 * A frozen link keeps the figures of the day it was made in `snapshot`.
 */
export const shareLinks = sqliteTable(
  "share_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull().unique(),
    view: text("view", { enum: SHARE_VIEWS }).notNull(),
    /** The view's URL filters, as JSON (the same names as its address's query string). */
    filters: text("filters").notNull().default("{}"),
    recommendationId: integer("recommendation_id").references(() => recommendations.id),
    frozen: integer("frozen", { mode: "boolean" }).notNull().default(false),
    /** Frozen links: the view's figures at creation, as JSON. */
    snapshot: text("snapshot"),
    /** Last day the link opens (ISO date, inclusive); null: no expiry. */
    expiresAt: text("expires_at"),
    revokedAt: integer("revoked_at", { mode: "timestamp" }),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    opens: integer("opens").notNull().default(0),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [
    index("share_links_created_by_idx").on(t.createdById),
    index("share_links_recommendation_idx").on(t.recommendationId),
  ],
);
export type ShareLinkRow = typeof shareLinks.$inferSelect;
