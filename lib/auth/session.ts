import "server-only";
import { getServerSession } from "next-auth";
import { getDb } from "../../db";
import { sessionIsLive } from "../data/sessions";
import { getUserById } from "../data/users";
import { authOptions } from "./options";
import type { Actor } from "./roles";

/**
 * The signed-in user as an Actor, re-read from the database so a disabled
 * account or a changed role takes effect at once, not when the JWT expires; and
 * only while the session's server-side record is live (ended by sign-out, a new
 * password, a new role, revoked tokens). Pages reach it through lib/context.ts.
 */
export async function getSessionActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const claims = session?.user;
  if (!claims?.id) return null;
  const db = getDb();
  if (!sessionIsLive(db, claims.sid, claims.id)) return null;
  const user = getUserById(db, claims.id);
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
