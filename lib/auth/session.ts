import "server-only";
import { getServerSession } from "next-auth";
import { getDb } from "../../db";
import { getUserById } from "../data/users";
import { authOptions } from "./options";
import type { Actor } from "./roles";

/**
 * The signed-in user as an Actor, re-read from the database so a disabled
 * account or a changed role takes effect at once, not when the JWT expires.
 * Pages reach it through lib/context.ts (once per request).
 */
export async function getSessionActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: number } | undefined)?.id;
  if (!id) return null;
  const user = getUserById(getDb(), id);
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
