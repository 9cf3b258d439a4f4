import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { calendarFeeds, users } from "../../db/schema";
import type { Actor } from "../auth/roles";
import { personalActor } from "./me";
import { writeAudit } from "./audit";
import { writeTx } from "./write-helpers";

/**
 * Personal calendar feed addresses (/calendar/<token>.ics). A calendar app cannot
 * sign in, so the address itself is the credential: 256 random bits, of which only
 * the SHA-256 is kept (the address is shown once). One live address per user;
 * making a new one revokes the old.
 */
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export function createCalendarFeedToken(db: DB, actor: Actor | null | undefined): string {
  const who = personalActor(actor);
  const token = randomBytes(32).toString("base64url");
  writeTx(db, (tx) => {
    tx.update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.userId, who.id), isNull(calendarFeeds.revokedAt)))
      .run();
    const row = tx
      .insert(calendarFeeds)
      .values({ userId: who.id, tokenHash: hash(token) })
      .returning()
      .get();
    writeAudit(tx, who, "create", "calendar_feed", row.id, null, { userId: who.id });
  });
  return token;
}

/** Revokes the user's feed address; answers whether there was one. */
export function revokeCalendarFeedToken(db: DB, actor: Actor | null | undefined): boolean {
  const who = personalActor(actor);
  return writeTx(db, (tx) => {
    const live = tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.userId, who.id), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id })
      .all();
    for (const r of live) writeAudit(tx, who, "revoke", "calendar_feed", r.id, null, null);
    return live.length > 0;
  });
}

/** When the user's live feed address was made, or null. */
export function calendarFeedSince(db: Executor, userId: number): Date | null {
  const row = db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .get();
  return row?.createdAt ?? null;
}

/** The active user a feed token stands for, or null (unknown, revoked, disabled). */
export function userForCalendarFeed(db: Executor, token: string): { id: number; name: string } | null {
  if (!/^[A-Za-z0-9_-]{32,100}$/.test(token)) return null;
  const row = db
    .select({ id: users.id, name: users.name, disabledAt: users.disabledAt })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, hash(token)), isNull(calendarFeeds.revokedAt)))
    .get();
  return row && !row.disabledAt ? { id: row.id, name: row.name } : null;
}
