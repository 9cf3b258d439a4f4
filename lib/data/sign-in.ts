import { and, count, eq, gt, lt, or } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { loginFailures, loginLocks, users } from "../../db/schema";
import { dummyHash, hashPassword, needsRehash, verifyPassword } from "../auth/password";
import type { Actor } from "../auth/roles";
import { isBusyError } from "../errors";
import { writeAudit } from "./audit";
import { writeTx } from "./write-helpers";
import type { UserDTO } from "./users";

/**
 * Sign-in with throttling. Failures are counted by the email typed (whether or not such
 * an account exists, so a lock says nothing about which emails are real) and by client
 * address. ACCOUNT_LIMIT failures within WINDOW lock that account for LOCK; an address is
 * locked after ADDRESS_LIMIT (higher: an office shares one address). A locked account is
 * refused even with the right password, and its password is not even checked, so an
 * attacker cannot use the lock to keep the server busy hashing.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const SIGN_IN_LOCK_MS = 15 * 60_000;
export const ACCOUNT_FAILURE_LIMIT = 10;
export const ADDRESS_FAILURE_LIMIT = 50;

/** Audit entries about sign-in are written by nobody known yet. */
const SIGN_IN_ACTOR: Actor = { id: null, email: "sign-in", name: "Sign-in", role: "viewer" };

export type SignInResult =
  | { ok: true; user: UserDTO }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

type Lock = { until: Date };

function activeLock(db: Executor, email: string, address: string, now: Date): Lock | null {
  const rows = db
    .select({ until: loginLocks.until })
    .from(loginLocks)
    .where(
      and(
        or(
          and(eq(loginLocks.kind, "account"), eq(loginLocks.key, email)),
          and(eq(loginLocks.kind, "address"), eq(loginLocks.key, address)),
        ),
        gt(loginLocks.until, now),
      ),
    )
    .all();
  if (rows.length === 0) return null;
  return { until: new Date(Math.max(...rows.map((r) => r.until.getTime()))) };
}

const locked = (lock: Lock, now: Date): SignInResult => ({
  ok: false,
  reason: "locked",
  retryAfterSeconds: Math.max(1, Math.ceil((lock.until.getTime() - now.getTime()) / 1000)),
});

export async function attemptSignIn(
  db: DB,
  emailTyped: string,
  password: string,
  address: string,
  now: () => Date = () => new Date(),
): Promise<SignInResult> {
  const email = emailTyped.trim().toLowerCase().slice(0, 320);
  const from = address.slice(0, 100) || "unknown";
  const before = activeLock(db, email, from, now());
  if (before) return locked(before, now());

  const row = db.select().from(users).where(eq(users.email, email)).get();
  // One KDF either way, so a wrong email and a wrong password take as long.
  const passwordOk = await verifyPassword(password, row?.passwordHash ?? (await dummyHash()));
  const ok = !!row && passwordOk && !row.disabledAt;

  // Decided under the write lock: parallel attempts are counted one after another, so a
  // burst of guesses cannot slip a right password past a lock set by the guesses before it.
  const outcome = writeTx(db, (tx): SignInResult => {
    const at = now();
    tx.delete(loginFailures)
      .where(lt(loginFailures.at, new Date(at.getTime() - SIGN_IN_WINDOW_MS)))
      .run();
    const lock = activeLock(tx, email, from, at);
    if (lock) return locked(lock, at);
    if (ok) {
      tx.delete(loginFailures).where(eq(loginFailures.email, email)).run();
      return { ok: true, user: { id: row.id, email: row.email, name: row.name, role: row.role, disabled: false } };
    }
    tx.insert(loginFailures).values({ email, address: from, at }).run();
    writeAudit(tx, SIGN_IN_ACTOR, "sign_in_failed", "user", row?.id ?? null, null, { email, address: from });
    const lockIf = (kind: "account" | "address", key: string, limit: number) => {
      const column = kind === "account" ? loginFailures.email : loginFailures.address;
      const previous = tx
        .select({ lockedAt: loginLocks.lockedAt })
        .from(loginLocks)
        .where(and(eq(loginLocks.kind, kind), eq(loginLocks.key, key)))
        .get();
      // Failures before an earlier lock began were already paid for by that lock.
      const since = new Date(Math.max(at.getTime() - SIGN_IN_WINDOW_MS, previous?.lockedAt.getTime() ?? 0));
      const failures = tx
        .select({ n: count() })
        .from(loginFailures)
        .where(and(eq(column, key), gt(loginFailures.at, since)))
        .get()!.n;
      if (failures < limit) return null;
      const until = new Date(at.getTime() + SIGN_IN_LOCK_MS);
      tx.insert(loginLocks)
        .values({ kind, key, lockedAt: at, until })
        .onConflictDoUpdate({ target: [loginLocks.kind, loginLocks.key], set: { lockedAt: at, until } })
        .run();
      writeAudit(tx, SIGN_IN_ACTOR, "lock_out", "user", kind === "account" ? (row?.id ?? null) : null, null, {
        ...(kind === "account" ? { email } : { address: from }),
        failures,
        until,
      });
      return until;
    };
    lockIf("account", email, ACCOUNT_FAILURE_LIMIT);
    lockIf("address", from, ADDRESS_FAILURE_LIMIT);
    return { ok: false, reason: "invalid" };
  });

  // A hash made with weaker parameters is replaced now that the password is known to be right.
  if (outcome.ok && row && needsRehash(row.passwordHash)) {
    const upgraded = await hashPassword(password);
    try {
      db.update(users)
        .set({ passwordHash: upgraded })
        .where(and(eq(users.id, row.id), eq(users.passwordHash, row.passwordHash)))
        .run();
    } catch (error) {
      // A busy database only postpones the upgrade to the next sign-in.
      if (!isBusyError(error)) throw error;
    }
  }
  return outcome;
}
