import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import { hashPassword, needsRehash, scryptLog2N, verifyPassword } from "@/lib/auth/password";
import { SYSTEM_ACTOR } from "@/lib/auth/roles";
import { createSession, sessionIsLive } from "@/lib/data/sessions";
import { attemptSignIn, SIGN_IN_LOCK_MS } from "@/lib/data/sign-in";
import {
  actorForApiToken,
  createApiToken,
  createUser,
  listApiTokens,
  parseExpiryDate,
  revokeApiTokens,
  setPassword,
  updateUser,
} from "@/lib/data/users";
import { freshDb } from "../support/db";

// Hashing at full strength (N = 2^17) costs a few hundred milliseconds each; lib/auth/password.ts
// honours a lower cost only under NODE_ENV=test. One test below checks the full-strength default.
beforeAll(() => {
  process.env.TEST_SCRYPT_LOG2_N = "10";
});

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function setup() {
  const t = freshDb();
  cleanups.push(t.close);
  const admin = await createUser(t.db, {
    email: "admin@example.org",
    name: "Ada",
    role: "admin",
    password: "admin-pass-1",
  });
  const editor = await createUser(t.db, {
    email: "ed@example.org",
    name: "Ed",
    role: "editor",
    password: "right-password",
  });
  return { ...t, admin, editor };
}

/** A clock the test moves by hand. */
function clock(start = new Date("2026-12-02T10:00:00Z")) {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe("password hashing", () => {
  it("defaults to N = 2^17, r = 8 outside tests, whatever TEST_SCRYPT_LOG2_N says", () => {
    expect(scryptLog2N({ NODE_ENV: "production", TEST_SCRYPT_LOG2_N: "4" })).toBe(17);
    expect(scryptLog2N({})).toBe(17);
    expect(scryptLog2N({ NODE_ENV: "test", TEST_SCRYPT_LOG2_N: "10" })).toBe(10);
  });

  it("verifies without blocking, and a weaker old hash is replaced at the next sign-in", async () => {
    const { db, editor } = await setup();
    // An account from before: scrypt N = 2^4 (what an old hash looks like, cheaper still).
    process.env.TEST_SCRYPT_LOG2_N = "4";
    const old = await hashPassword("right-password");
    process.env.TEST_SCRYPT_LOG2_N = "10";
    db.update(users).set({ passwordHash: old }).where(eq(users.id, editor.id)).run();
    expect(needsRehash(old)).toBe(true);
    expect(await verifyPassword("right-password", old)).toBe(true);

    const result = await attemptSignIn(db, "ed@example.org", "right-password", "10.0.0.1");
    expect(result.ok).toBe(true);
    const now = db.select().from(users).where(eq(users.id, editor.id)).get()!.passwordHash;
    expect(now).not.toBe(old);
    expect(now.split("$")[1]).toBe(String(2 ** 10));
    expect(await verifyPassword("right-password", now)).toBe(true);
  });
});

describe("sign-in throttling", () => {
  it("locks the account after 10 failures in 15 minutes, right password refused, and audits it", async () => {
    const { db } = await setup();
    const c = clock();
    for (let i = 0; i < 10; i++) {
      const r = await attemptSignIn(db, "ed@example.org", `wrong-${i}`, `10.0.0.${i}`, c.now);
      expect(r).toEqual({ ok: false, reason: "invalid" });
      if (i < 9) c.advance(60_000);
    }
    // The 11th attempt, with the right password, from yet another address.
    const locked = await attemptSignIn(db, "ED@example.org", "right-password", "10.9.9.9", c.now);
    expect(locked.ok).toBe(false);
    expect(locked.ok === false && locked.reason).toBe("locked");
    expect(locked.ok === false && locked.reason === "locked" && locked.retryAfterSeconds).toBe(15 * 60);

    // Still refused 14 minutes later; let in once the 15 minutes of the lock are over.
    c.advance(14 * 60_000);
    expect((await attemptSignIn(db, "ed@example.org", "right-password", "10.9.9.9", c.now)).ok).toBe(false);
    c.advance(SIGN_IN_LOCK_MS - 14 * 60_000 + 1000);
    expect((await attemptSignIn(db, "ed@example.org", "right-password", "10.9.9.9", c.now)).ok).toBe(true);

    const entries = db.select().from(auditLog).all();
    expect(entries.filter((e) => e.action === "sign_in_failed")).toHaveLength(10);
    const lockOut = entries.filter((e) => e.action === "lock_out");
    expect(lockOut).toHaveLength(1);
    expect(lockOut[0].after).toMatchObject({ email: "ed@example.org", failures: 10 });
  });

  it("counts an unknown email the same way, so a lock says nothing about which accounts exist", async () => {
    const { db } = await setup();
    const c = clock();
    for (let i = 0; i < 10; i++) await attemptSignIn(db, "nobody@example.org", "x", "10.1.1.1", c.now);
    const r = await attemptSignIn(db, "nobody@example.org", "x", "10.1.1.2", c.now);
    expect(r.ok === false && r.reason).toBe("locked");
    // Another account from the same address is not locked by that (the address limit is higher).
    expect((await attemptSignIn(db, "ed@example.org", "right-password", "10.1.1.1", c.now)).ok).toBe(true);
  });

  it("failures spread beyond 15 minutes do not lock; a success starts the count again", async () => {
    const { db } = await setup();
    const c = clock();
    for (let i = 0; i < 9; i++) await attemptSignIn(db, "ed@example.org", "wrong", "10.0.0.1", c.now);
    expect((await attemptSignIn(db, "ed@example.org", "right-password", "10.0.0.1", c.now)).ok).toBe(true);
    for (let i = 0; i < 9; i++) await attemptSignIn(db, "ed@example.org", "wrong", "10.0.0.1", c.now);
    c.advance(16 * 60_000);
    for (let i = 0; i < 9; i++) await attemptSignIn(db, "ed@example.org", "wrong", "10.0.0.1", c.now);
    expect((await attemptSignIn(db, "ed@example.org", "right-password", "10.0.0.1", c.now)).ok).toBe(true);
  });

  it("locks an address after 50 failures across accounts", async () => {
    const { db } = await setup();
    const c = clock();
    for (let i = 0; i < 50; i++) await attemptSignIn(db, `guess${i}@example.org`, "x", "203.0.113.7", c.now);
    const r = await attemptSignIn(db, "ed@example.org", "right-password", "203.0.113.7", c.now);
    expect(r.ok === false && r.reason).toBe("locked");
    expect((await attemptSignIn(db, "ed@example.org", "right-password", "203.0.113.8", c.now)).ok).toBe(true);
  });

  it("parallel guesses are counted one after another: the right password after them is refused", async () => {
    const { db } = await setup();
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attemptSignIn(db, "ed@example.org", `wrong-${i}`, "10.0.0.1")),
    );
    expect(guesses.every((g) => !g.ok)).toBe(true);
    const r = await attemptSignIn(db, "ed@example.org", "right-password", "10.0.0.1");
    expect(r.ok === false && r.reason).toBe("locked");
  });

  it("a disabled account cannot sign in with its right password", async () => {
    const { db, admin, editor } = await setup();
    updateUser(db, admin, editor.id, { disabled: true, version: 1 });
    expect((await attemptSignIn(db, "ed@example.org", "right-password", "10.0.0.1")).ok).toBe(false);
  });
});

describe("sessions end on the server", () => {
  it("a new password, a new role or a disabled account end that user's sessions, nobody else's", async () => {
    const { db, admin, editor } = await setup();
    const s1 = createSession(db, editor.id);
    const other = createSession(db, admin.id);
    expect(sessionIsLive(db, s1, editor.id)).toBe(true);
    await setPassword(db, "ed@example.org", "a-new-password");
    expect(sessionIsLive(db, s1, editor.id)).toBe(false);
    expect(sessionIsLive(db, other, admin.id)).toBe(true);

    const s2 = createSession(db, editor.id);
    updateUser(db, admin, editor.id, { name: "Edward", version: 2 });
    expect(sessionIsLive(db, s2, editor.id)).toBe(true); // a new name changes nothing about access
    updateUser(db, admin, editor.id, { role: "viewer", version: 3 });
    expect(sessionIsLive(db, s2, editor.id)).toBe(false);

    const s3 = createSession(db, editor.id);
    updateUser(db, admin, editor.id, { disabled: true, version: 4 });
    expect(sessionIsLive(db, s3, editor.id)).toBe(false);
  });

  it("a session id of another user, or none, is not live", async () => {
    const { db, admin, editor } = await setup();
    const s = createSession(db, editor.id);
    expect(sessionIsLive(db, s, admin.id)).toBe(false);
    expect(sessionIsLive(db, undefined, editor.id)).toBe(false);
  });
});

describe("API tokens: expiry, listing, revoking", () => {
  it("lists tokens with created, last used and expiry; an expired token is refused", async () => {
    const { db, editor } = await setup();
    const forever = createApiToken(db, "ed@example.org", "sync");
    const dated = createApiToken(db, "ed@example.org", null, SYSTEM_ACTOR, parseExpiryDate("2027-06-30"));
    expect(actorForApiToken(db, forever)?.id).toBe(editor.id);
    expect(actorForApiToken(db, dated, new Date("2027-06-30T23:59:00Z"))?.id).toBe(editor.id);
    expect(actorForApiToken(db, dated, new Date("2027-07-01T00:00:00Z"))).toBeNull();

    const listed = listApiTokens(db, SYSTEM_ACTOR, "ed@example.org");
    expect(listed).toHaveLength(2);
    expect(listed[1]).toMatchObject({ label: "sync", expiresAt: null, revokedAt: null });
    expect(listed[1].lastUsedAt).toBeInstanceOf(Date);
    expect(listed[0].expiresAt?.toISOString()).toBe("2027-07-01T00:00:00.000Z");
    expect(JSON.stringify(listed)).not.toContain(forever);
  });

  it("refuses an expiry that is not a date or is in the past", async () => {
    const { db } = await setup();
    expect(() => parseExpiryDate("2027-02-30")).toThrow(/YYYY-MM-DD/);
    expect(() => parseExpiryDate("next year")).toThrow(/YYYY-MM-DD/);
    expect(() => createApiToken(db, "ed@example.org", null, SYSTEM_ACTOR, parseExpiryDate("2020-01-01"))).toThrow(
      /future/,
    );
  });

  it("revokes one token or all, and ends the owner's sessions", async () => {
    const { db, admin, editor } = await setup();
    const a = createApiToken(db, "ed@example.org");
    const b = createApiToken(db, "ed@example.org");
    const session = createSession(db, editor.id);
    const [newest] = listApiTokens(db, admin, "ed@example.org");

    const one = revokeApiTokens(db, admin, { email: "ed@example.org", tokenId: newest.id });
    expect(one).toMatchObject({ revoked: 1, sessionsEnded: 1 });
    expect(actorForApiToken(db, b)).toBeNull();
    expect(actorForApiToken(db, a)?.id).toBe(editor.id);
    expect(sessionIsLive(db, session, editor.id)).toBe(false);

    expect(revokeApiTokens(db, admin, { email: "ed@example.org" }).revoked).toBe(1);
    expect(actorForApiToken(db, a)).toBeNull();
    expect(db.select().from(auditLog).where(eq(auditLog.action, "revoke")).all()).toHaveLength(2);
  });

  it("a token id of another user is not found, and editors cannot revoke", async () => {
    const { db, editor } = await setup();
    createApiToken(db, "admin@example.org");
    const [adminToken] = listApiTokens(db, SYSTEM_ACTOR, "admin@example.org");
    expect(() => revokeApiTokens(db, SYSTEM_ACTOR, { email: "ed@example.org", tokenId: adminToken.id })).toThrow(
      /not found/,
    );
    expect(() => revokeApiTokens(db, editor, { email: "admin@example.org" })).toThrow();
  });
});
