import { and, count, desc, eq, gt, isNull, lte, or } from "drizzle-orm";
import type { DB } from "../../db";
import { apiTokens, users } from "../../db/schema";
import type { Role } from "../../db/schema/enums";
import { generateApiToken, hashApiToken, hashPassword } from "../auth/password";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/policy";
import { SYSTEM_ACTOR } from "../auth/roles";
import { ConflictError, isBusyError, NotFoundError, ValidationError } from "../errors";
import { writeAudit } from "./audit";
import { endUserSessions } from "./sessions";
import { writeTx } from "./write-helpers";
import { vmsg } from "../validation/messages";

/**
 * Users and API tokens. Plain Node (no "server-only") because the users CLI
 * and the start script call it; functions return DTOs without password hashes.
 */
export type UserDTO = { id: number; email: string; name: string; role: Role; disabled: boolean };

const toDTO = (u: typeof users.$inferSelect): UserDTO => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  disabled: u.disabledAt != null,
});

export function listUsers(db: DB): UserDTO[] {
  return db.select().from(users).orderBy(users.email).all().map(toDTO);
}

export function countUsers(db: DB): number {
  return db.select({ n: count() }).from(users).get()!.n;
}

export async function createUser(
  db: DB,
  input: { email: string; name: string; role: Role; password: string },
  actor: Actor = SYSTEM_ACTOR,
): Promise<UserDTO> {
  assertCan(actor, "user", "create");
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    throw new ValidationError(vmsg("users.emailInvalid"), { email: [vmsg("field.email")] });
  if (input.password.length < 8)
    throw new ValidationError(vmsg("users.passwordShort"), { password: [vmsg("field.password")] });
  // Hashed before the transaction: the key derivation takes a while and must not hold the write lock.
  const passwordHash = await hashPassword(input.password);
  return writeTx(db, (tx) => {
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (existing) throw new ConflictError(`A user with the email ${email} already exists.`);
    const row = tx
      .insert(users)
      .values({ email, name: input.name.trim() || email, role: input.role, passwordHash })
      .returning()
      .get();
    const dto = toDTO(row);
    writeAudit(tx, actor, "create", "user", row.id, null, dto);
    return dto;
  });
}

export function getUserById(db: DB, id: number): UserDTO | null {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  return row ? toDTO(row) : null;
}

/**
 * `--expires 2027-06-30`: the token works through that whole day (UTC) and answers
 * 401 from the next midnight on. Anything but a real calendar date is refused.
 */
export function parseExpiryDate(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3]))
    throw new ValidationError(vmsg("users.expiryFormat"), { expires: [vmsg("users.expiryFormatField")] });
  return new Date(day.getTime() + 86_400_000);
}

/** Creates an API token for a user and returns it in clear — the only time it is visible. */
export function createApiToken(
  db: DB,
  email: string,
  label: string | null = null,
  actor: Actor = SYSTEM_ACTOR,
  expiresAt: Date | null = null,
): string {
  assertCan(actor, "user", "update");
  if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now()))
    throw new ValidationError(vmsg("users.expiryPast"), { expires: [vmsg("users.expiryPastField")] });
  const user = db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  if (!user) throw new NotFoundError("User", email);
  const token = generateApiToken();
  writeTx(db, (tx) => {
    const row = tx
      .insert(apiTokens)
      .values({ userId: user.id, tokenHash: hashApiToken(token), label, expiresAt })
      .returning({ id: apiTokens.id })
      .get();
    writeAudit(tx, actor, "create", "api_token", row.id, null, { userId: user.id, label, expiresAt });
  });
  return token;
}

/** The actor an API token stands for, or null for an unknown, revoked, expired or disabled one. */
export function actorForApiToken(db: DB, token: string, now = new Date()): Actor | null {
  const row = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      tokenId: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashApiToken(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    )
    .get();
  if (!row || row.disabledAt) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_EVERY_MS)
    noteTokenUse(db, row.tokenId, now);
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** "Last used" is for people reading the token list: to the minute is enough. */
export const LAST_USED_EVERY_MS = 60_000;

/**
 * Records a token's use without ever making its request wait: the write is tried
 * with no busy timeout and skipped when another writer holds the lock (the next
 * request a minute later tries again). The WHERE keeps it to once a minute even
 * with several servers on one database.
 */
function noteTokenUse(db: DB, tokenId: number, now: Date) {
  const sqlite = db.$client;
  if (sqlite.inTransaction) return;
  const previous = sqlite.pragma("busy_timeout", { simple: true }) as number;
  sqlite.pragma("busy_timeout = 0");
  try {
    db.update(apiTokens)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiTokens.id, tokenId),
          or(isNull(apiTokens.lastUsedAt), lte(apiTokens.lastUsedAt, new Date(now.getTime() - LAST_USED_EVERY_MS))),
        ),
      )
      .run();
  } catch (error) {
    if (!isBusyError(error)) throw error;
  } finally {
    sqlite.pragma(`busy_timeout = ${previous}`);
  }
}

/** A new password; every session of that user ends (whoever knew the old one is signed out). */
export async function setPassword(db: DB, email: string, password: string, actor: Actor = SYSTEM_ACTOR) {
  assertCan(actor, "user", "update");
  if (password.length < 8)
    throw new ValidationError(vmsg("users.passwordShort"), { password: [vmsg("field.password")] });
  const passwordHash = await hashPassword(password);
  writeTx(db, (tx) => {
    const user = tx.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
    if (!user) throw new NotFoundError("User", email);
    tx.update(users)
      .set({ passwordHash, version: user.version + 1, updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .run();
    endUserSessions(tx, user.id);
    writeAudit(tx, actor, "change_password", "user", user.id, null, { email: user.email });
  });
}

/**
 * Admin edits a user's name, role or disabled flag, from the version they saw. A new role
 * or a disabled account ends that user's sessions: they sign in again to the new state.
 */
export function updateUser(
  db: DB,
  actor: Actor,
  id: number,
  input: { name?: string; role?: Role; disabled?: boolean; version: number },
): UserDTO {
  assertCan(actor, "user", "update");
  return writeTx(db, (tx) => {
    const before = tx.select().from(users).where(eq(users.id, id)).get();
    if (!before) throw new NotFoundError("User", id);
    if (actor.id === id && ((input.role && input.role !== "admin") || input.disabled)) {
      throw new ValidationError(vmsg("users.notYourself"), { role: [vmsg("users.notYourselfField")] });
    }
    const changed = tx
      .update(users)
      .set({
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.disabled !== undefined ? { disabledAt: input.disabled ? new Date() : null } : {}),
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, id), eq(users.version, input.version)))
      .returning()
      .get();
    if (!changed) throw new ConflictError(vmsg("users.changed"), toDTO(before));
    const after = toDTO(changed);
    if (after.role !== before.role || (after.disabled && before.disabledAt == null)) endUserSessions(tx, id);
    writeAudit(tx, actor, "update", "user", id, toDTO(before), after);
    return after;
  });
}

/** For the admin page: every user with the version an edit starts from. */
export function listUsersWithVersion(db: DB, actor: Actor | null | undefined) {
  assertCan(actor, "user", "read");
  return db
    .select()
    .from(users)
    .orderBy(users.email)
    .all()
    .map((u) => ({ ...toDTO(u), version: u.version }));
}

export type ApiTokenDTO = {
  id: number;
  userId: number;
  email: string;
  label: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

/** API tokens, newest first: one user's (by email) or everyone's. Never the token itself. */
export function listApiTokens(db: DB, actor: Actor | null | undefined, email?: string): ApiTokenDTO[] {
  assertCan(actor, "user", "read");
  const q = db
    .select({
      id: apiTokens.id,
      userId: apiTokens.userId,
      email: users.email,
      label: apiTokens.label,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId));
  const filtered = email ? q.where(eq(users.email, email.trim().toLowerCase())) : q;
  return filtered.orderBy(desc(apiTokens.id)).all();
}

/**
 * Revokes one token of a user (`tokenId`) or all of them, and ends that user's browser
 * sessions: revoking is what one does when a credential may have leaked. Returns how many
 * tokens were revoked (0 when they already were).
 */
export function revokeApiTokens(
  db: DB,
  actor: Actor,
  target: { email?: string; userId?: number; tokenId?: number },
): { revoked: number; sessionsEnded: number; email: string } {
  assertCan(actor, "user", "update");
  return writeTx(db, (tx) => {
    const user = target.email
      ? tx.select().from(users).where(eq(users.email, target.email.trim().toLowerCase())).get()
      : tx
          .select()
          .from(users)
          .where(eq(users.id, target.userId ?? 0))
          .get();
    if (!user) throw new NotFoundError("User", target.email ?? target.userId ?? "");
    const now = new Date();
    if (target.tokenId !== undefined) {
      const token = tx
        .select({ id: apiTokens.id })
        .from(apiTokens)
        .where(and(eq(apiTokens.id, target.tokenId), eq(apiTokens.userId, user.id)))
        .get();
      if (!token) throw new NotFoundError("API token", target.tokenId);
    }
    const revoked = tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(
        and(
          eq(apiTokens.userId, user.id),
          isNull(apiTokens.revokedAt),
          target.tokenId !== undefined ? eq(apiTokens.id, target.tokenId) : undefined,
        ),
      )
      .returning({ id: apiTokens.id })
      .all();
    for (const { id } of revoked)
      writeAudit(tx, actor, "revoke", "api_token", id, null, { userId: user.id, email: user.email });
    const sessionsEnded = endUserSessions(tx, user.id, now);
    return { revoked: revoked.length, sessionsEnded, email: user.email };
  });
}
