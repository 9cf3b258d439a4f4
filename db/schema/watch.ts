import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { DIGEST_FREQUENCIES, NOTIFICATION_KINDS } from "./enums";
import { recommendations } from "./recommendations";
import { bodies, states } from "./reference";
import { users } from "./users";

const createdAt = () =>
  integer("created_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`);

/** A user's own settings that are not about signing in (kept apart from `users`). */
export const userPreferences = sqliteTable("user_preferences", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id),
  digest: text("digest", { enum: DIGEST_FREQUENCIES }).notNull().default("weekly"),
  /** The interface language chosen (lib/i18n/locales.ts); null: the cookie, the browser, then DEFAULT_LOCALE decide. */
  locale: text("locale"),
  version: integer("version").notNull().default(1),
  updatedAt: integer("updated_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`),
});

/** One followed state, body or recommendation (exactly one of the three). */
export const follows = sqliteTable(
  "follows",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    stateId: integer("state_id").references(() => states.id),
    bodyId: integer("body_id").references(() => bodies.id),
    recommendationId: integer("recommendation_id").references(() => recommendations.id),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      "follows_one_target",
      sql`(${t.stateId} IS NOT NULL) + (${t.bodyId} IS NOT NULL) + (${t.recommendationId} IS NOT NULL) = 1`,
    ),
    uniqueIndex("follows_user_state_uq")
      .on(t.userId, t.stateId)
      .where(sql`${t.stateId} IS NOT NULL`),
    uniqueIndex("follows_user_body_uq")
      .on(t.userId, t.bodyId)
      .where(sql`${t.bodyId} IS NOT NULL`),
    uniqueIndex("follows_user_recommendation_uq")
      .on(t.userId, t.recommendationId)
      .where(sql`${t.recommendationId} IS NOT NULL`),
    index("follows_state_idx").on(t.stateId),
    index("follows_body_idx").on(t.bodyId),
    index("follows_recommendation_idx").on(t.recommendationId),
  ],
);
export type FollowRow = typeof follows.$inferSelect;

/**
 * One notification for one user. `params` holds what the sentence needs, frozen
 * when it was made; `dedupeKey` makes every producer idempotent (INSERT OR IGNORE).
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    recommendationId: integer("recommendation_id").references(() => recommendations.id),
    stateId: integer("state_id").references(() => states.id),
    /** The date something is due (deadline notifications). */
    dueDate: text("due_date"),
    params: text("params", { mode: "json" }).$type<Record<string, string | number>>().notNull(),
    /** Where the notification leads, relative to the app (/recommendations/12, /calendar?…). */
    href: text("href").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "timestamp" }),
  },
  (t) => [
    uniqueIndex("notifications_user_key_uq").on(t.userId, t.dedupeKey),
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    index("notifications_user_unread_idx")
      .on(t.userId)
      .where(sql`${t.readAt} IS NULL`),
    index("notifications_recommendation_idx").on(t.recommendationId),
    index("notifications_state_idx").on(t.stateId),
  ],
);
export type NotificationRow = typeof notifications.$inferSelect;

/** A personal calendar feed address; only the token's SHA-256 is kept. */
export const calendarFeeds = sqliteTable(
  "calendar_feeds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    revokedAt: integer("revoked_at", { mode: "timestamp" }),
  },
  (t) => [index("calendar_feeds_user_idx").on(t.userId)],
);

/**
 * One digest period per user ("weekly:2026-W49"), claimed before the mail goes out so
 * that no period is ever mailed twice, even by two processes at once.
 */
export const digests = sqliteTable(
  "digests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    period: text("period").notNull(),
    /** What the digest covers: notifications created in [windowStart, windowEnd). */
    windowStart: integer("window_start", { mode: "timestamp" }).notNull(),
    windowEnd: integer("window_end", { mode: "timestamp" }).notNull(),
    /** sending → sent; empty: nothing to say, nothing mailed. */
    status: text("status", { enum: ["sending", "sent", "empty"] }).notNull(),
    items: integer("items").notNull().default(0),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp" }),
  },
  (t) => [uniqueIndex("digests_user_period_uq").on(t.userId, t.period)],
);
export type DigestRow = typeof digests.$inferSelect;
