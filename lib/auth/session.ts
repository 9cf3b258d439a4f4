import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "../../db";
import type { Role } from "../../db/schema/enums";
import { getUserById } from "../data/users";
import { authOptions } from "./options";
import { assertRole, type Actor } from "./roles";

/**
 * The signed-in user as an Actor, re-read from the database so a disabled
 * account or a changed role takes effect at once, not when the JWT expires.
 */
export async function getSessionActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: number } | undefined)?.id;
  if (!id) return null;
  const user = getUserById(getDb(), id);
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** For pages: the actor, or a redirect to /login. */
export async function requireUser(): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For server actions: throws 401/403 (AppError) when the role is missing. */
export async function requireRole(role: Role): Promise<Actor> {
  return assertRole(await getSessionActor(), role);
}
