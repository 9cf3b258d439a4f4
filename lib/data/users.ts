import { and, count, eq, isNull, lte, or } from "drizzle-orm";
import type { DB } from "../../db";
import { apiTokens, users } from "../../db/schema";
import type { Role } from "../../db/schema/enums";
import { DUMMY_HASH, generateApiToken, hashApiToken, hashPassword, verifyPassword } from "../auth/password";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/policy";
import { SYSTEM_ACTOR } from "../auth/roles";
import { ConflictError, isBusyError, NotFoundError, ValidationError } from "../errors";
import { writeAudit } from "./audit";
import { writeTx } from "./write-helpers";

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

export function createUser(
  db: DB,
  input: { email: string; name: string; role: Role; password: string },
  actor: Actor = SYSTEM_ACTOR,
): UserDTO {
  assertCan(actor, "user", "create");
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    throw new ValidationError("Invalid email", { email: ["Enter an email address such as name@example.org."] });
  if (input.password.length < 8)
    throw new ValidationError("Password too short", { password: ["Use at least 8 characters."] });
  return writeTx(db, (tx) => {
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (existing) throw new ConflictError(`A user with the email ${email} already exists.`);
    const row = tx
      .insert(users)
      .values({ email, name: input.name.trim() || email, role: input.role, passwordHash: hashPassword(input.password) })
      .returning()
      .get();
    const dto = toDTO(row);
    writeAudit(tx, actor, "create", "user", row.id, null, dto);
    return dto;
  });
}

/** Checks credentials; always runs one KDF so a wrong email and a wrong password take as long. */
export function authenticate(db: DB, email: string, password: string): UserDTO | null {
  const row = db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  const ok = verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok || row.disabledAt) return null;
  return toDTO(row);
}

export function getUserById(db: DB, id: number): UserDTO | null {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  return row ? toDTO(row) : null;
}

/** Creates an API token for a user and returns it in clear — the only time it is visible. */
export function createApiToken(
  db: DB,
  email: string,
  label: string | null = null,
  actor: Actor = SYSTEM_ACTOR,
): string {
  assertCan(actor, "user", "update");
  const user = db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  if (!user) throw new NotFoundError("User", email);
  const token = generateApiToken();
  writeTx(db, (tx) => {
    const row = tx
      .insert(apiTokens)
      .values({ userId: user.id, tokenHash: hashApiToken(token), label })
      .returning({ id: apiTokens.id })
      .get();
    writeAudit(tx, actor, "create", "api_token", row.id, null, { userId: user.id, label });
  });
  return token;
}

/** The actor an API token stands for, or null for an unknown, revoked or disabled one. */
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
    .where(and(eq(apiTokens.tokenHash, hashApiToken(token)), isNull(apiTokens.revokedAt)))
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

export function setPassword(db: DB, email: string, password: string, actor: Actor = SYSTEM_ACTOR) {
  assertCan(actor, "user", "update");
  if (password.length < 8)
    throw new ValidationError("Password too short", { password: ["Use at least 8 characters."] });
  writeTx(db, (tx) => {
    const user = tx.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
    if (!user) throw new NotFoundError("User", email);
    tx.update(users)
      .set({ passwordHash: hashPassword(password), version: user.version + 1, updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .run();
    writeAudit(tx, actor, "change_password", "user", user.id, null, { email: user.email });
  });
}

/** Admin edits a user's name, role or disabled flag, from the version they saw. */
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
      throw new ValidationError("You cannot demote or disable yourself", {
        role: ["Ask another admin to change your own role or access."],
      });
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
    if (!changed) throw new ConflictError("Someone else changed this user since you opened it.", toDTO(before));
    const after = toDTO(changed);
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
