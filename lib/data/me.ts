import "server-only";
import type { z } from "zod";
import { eq, sql } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { userPreferences } from "../../db/schema";
import type { DigestFrequency } from "../../db/schema/enums";
import { assertRole } from "../auth/policy";
import { isLocale, type Locale } from "../i18n/locales";
import type { Actor } from "../auth/roles";
import { ForbiddenError } from "../errors";
import { parseInput } from "../validation/common";
import { mePatchSchema } from "../validation/me";
import { writeAudit } from "./audit";
import { getUserById } from "./users";
import { writeTx } from "./write-helpers";

/**
 * The signed-in user's own settings (GET/PATCH /api/v1/me, /account). Sign-in data
 * stays in lib/data/users.ts; preferences live in their own table, a row appearing
 * on the first change (no row = the defaults).
 */
export type MeDTO = {
  id: number;
  email: string;
  name: string;
  role: Actor["role"];
  digest: DigestFrequency;
  /** The language chosen in the profile; null when none was chosen. */
  locale: Locale | null;
};

export const DEFAULT_DIGEST: DigestFrequency = "weekly";

/** Any signed-in person (every role), never the built-in system actor. */
export function personalActor(actor: Actor | null | undefined): Actor & { id: number } {
  const who = assertRole(actor, "viewer");
  if (who.id === null) throw new ForbiddenError();
  return who as Actor & { id: number };
}

export function digestOf(db: Executor, userId: number): DigestFrequency {
  return (
    db.select({ digest: userPreferences.digest }).from(userPreferences).where(eq(userPreferences.userId, userId)).get()
      ?.digest ?? DEFAULT_DIGEST
  );
}

/** The language a user chose in their profile, or null. */
export function localeOfUser(db: Executor, userId: number): Locale | null {
  const stored = db
    .select({ locale: userPreferences.locale })
    .from(userPreferences)
    .where(eq(userPreferences.userId, userId))
    .get()?.locale;
  return isLocale(stored) ? stored : null;
}

export function getMe(db: DB, actor: Actor | null | undefined): MeDTO {
  const who = personalActor(actor);
  const user = getUserById(db, who.id)!;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    digest: digestOf(db, who.id),
    locale: localeOfUser(db, who.id),
  };
}

/** PATCH /api/v1/me: `{"digest": "none" | "daily" | "weekly", "locale": "en" | "ru"}`, each optional. */
export function updateMe(db: DB, actor: Actor | null | undefined, input: z.input<typeof mePatchSchema>): MeDTO {
  const who = personalActor(actor);
  const data = parseInput(mePatchSchema, input);
  writeTx(db, (tx) => {
    const before = { digest: digestOf(tx, who.id), locale: localeOfUser(tx, who.id) };
    const after = { digest: data.digest ?? before.digest, locale: data.locale ?? before.locale };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
    if (changed.length === 0) return;
    tx.insert(userPreferences)
      .values({ userId: who.id, ...after })
      .onConflictDoUpdate({
        target: userPreferences.userId,
        set: { ...after, updatedAt: new Date(), version: sql`${userPreferences.version} + 1` },
      })
      .run();
    const pick = (o: typeof after) => Object.fromEntries(changed.map((k) => [k, o[k]]));
    writeAudit(tx, who, "update", "user_preferences", who.id, pick(before), pick(after));
  });
  return getMe(db, who);
}

/** The unsubscribe link's write: no session, the signed token has named the user. */
export function stopDigests(db: DB, userId: number): void {
  const user = getUserById(db, userId);
  if (!user) return;
  const who: Actor = { id: user.id, email: user.email, name: user.name, role: user.role };
  writeTx(db, (tx) => {
    const before = digestOf(tx, userId);
    if (before === "none") return;
    tx.insert(userPreferences)
      .values({ userId, digest: "none" })
      .onConflictDoUpdate({ target: userPreferences.userId, set: { digest: "none", updatedAt: new Date() } })
      .run();
    writeAudit(tx, who, "unsubscribe", "user_preferences", userId, { digest: before }, { digest: "none" });
  });
}
