import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { sessions } from "../../db/schema";
import { writeTx } from "./write-helpers";

/**
 * Server-side records of browser sessions. The session cookie is a next-auth JWT
 * (lib/auth/options.ts) carrying `sid`; a request counts as signed in only while
 * that row exists, has not ended and has not expired. Plain Node (the users CLI
 * ends sessions too).
 */

/** How long a session lasts from sign-in, whatever the cookie says. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export function createSession(db: DB, userId: number, now = new Date()): string {
  const id = randomBytes(24).toString("base64url");
  writeTx(db, (tx) => {
    // Expired and ended rows are of no further use; a sign-in is a natural moment to drop them.
    tx.delete(sessions)
      .where(or(lt(sessions.expiresAt, now), lt(sessions.endedAt, new Date(now.getTime() - 86_400_000))))
      .run();
    tx.insert(sessions)
      .values({ id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) })
      .run();
  });
  return id;
}

/** Whether the session `id` of user `userId` is still live (a read: never waits on a writer). */
export function sessionIsLive(db: DB, id: unknown, userId: number, now = new Date()): boolean {
  if (typeof id !== "string" || !id) return false;
  const row = db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId), isNull(sessions.endedAt), gt(sessions.expiresAt, now)))
    .get();
  return !!row;
}

/** Sign-out: ends this one session. */
export function endSession(db: DB, id: unknown, now = new Date()) {
  if (typeof id !== "string" || !id) return;
  db.update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)))
    .run();
}

/**
 * Ends every live session of a user: a new password, a new role, a disabled account or
 * revoked tokens. Call it inside the transaction of that change. Returns how many ended.
 */
export function endUserSessions(tx: Executor, userId: number, now = new Date()): number {
  return tx
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)))
    .run().changes;
}
