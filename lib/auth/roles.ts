import type { Role } from "../../db/schema/enums";
import { ForbiddenError, UnauthorizedError } from "../errors";

/** Who is acting: a signed-in user, an API token's owner, or a script. */
export type Actor = { id: number | null; email: string; name: string; role: Role };

/** The CLI and seed act as this built-in actor (audit entries say "system"). */
export const SYSTEM_ACTOR: Actor = { id: null, email: "system", name: "System", role: "admin" };

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export function hasRole(actor: Pick<Actor, "role"> | null | undefined, needed: Role): boolean {
  return !!actor && RANK[actor.role] >= RANK[needed];
}

/** Throws 401 for nobody and 403 for a role below `needed`; returns the actor. */
export function assertRole(actor: Actor | null | undefined, needed: Role): Actor {
  if (!actor) throw new UnauthorizedError();
  if (!hasRole(actor, needed))
    throw new ForbiddenError(`This needs the ${needed} role; you are signed in as ${actor.role}.`);
  return actor;
}
