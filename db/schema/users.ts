import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { editable } from "./common";
import { ROLES } from "./enums";

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stored lower-case so sign-in is case-insensitive. */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    /** scrypt hash in the form scrypt$N$r$p$salt$hash (see lib/auth/password.ts). */
    passwordHash: text("password_hash").notNull(),
    disabledAt: integer("disabled_at", { mode: "timestamp" }),
    ...editable,
  },
  (t) => [index("users_role_idx").on(t.role)],
);
export type UserRow = typeof users.$inferSelect;

/** API tokens: only a SHA-256 of the token is stored; the token is shown once. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull().unique(),
    label: text("label"),
    createdAt: integer("created_at", { mode: "timestamp" })
      .notNull()
      .default(sql`(unixepoch())`),
    lastUsedAt: integer("last_used_at", { mode: "timestamp" }),
    revokedAt: integer("revoked_at", { mode: "timestamp" }),
    /** After this instant the token answers 401; null: until revoked. */
    expiresAt: integer("expires_at", { mode: "timestamp" }),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId)],
);

/**
 * Browser sessions on the server side: the session cookie (a next-auth JWT) carries
 * the id, and a session counts only while its row is here and not ended — so
 * signing out, a new password, a new role or a disabled account end it at once
 * (lib/data/sessions.ts).
 */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp" }).notNull(),
    endedAt: integer("ended_at", { mode: "timestamp" }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Failed sign-ins, kept for the throttling window (lib/data/sign-in.ts): by the
 * email typed (lower-cased, whether or not such a user exists) and by client address.
 */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    address: text("address").notNull(),
    at: integer("at", { mode: "timestamp" }).notNull(),
  },
  (t) => [index("login_failures_email_idx").on(t.email, t.at), index("login_failures_address_idx").on(t.address, t.at)],
);

/** Lock-outs: an account (kind "account", key the email) or an address refused until `until`. */
export const loginLocks = sqliteTable(
  "login_locks",
  {
    kind: text("kind", { enum: ["account", "address"] }).notNull(),
    key: text("key").notNull(),
    lockedAt: integer("locked_at", { mode: "timestamp" }).notNull(),
    until: integer("until", { mode: "timestamp" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.key] })],
);
