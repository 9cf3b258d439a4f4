import type { Role } from "../../db/schema/enums";

/** Who is acting: a signed-in user, an API token's owner, or a script. */
export type Actor = { id: number | null; email: string; name: string; role: Role };

/** The CLI and seed act as this built-in actor (audit entries say "system"). */
export const SYSTEM_ACTOR: Actor = { id: null, email: "system", name: "System", role: "admin" };
