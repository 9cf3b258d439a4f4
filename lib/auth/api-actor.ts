import "server-only";
import { getDb } from "../../db";
import { actorForApiToken } from "../data/users";
import type { Actor } from "./roles";
import { getSessionActor } from "./session";

/**
 * Route handlers accept `Authorization: Bearer <token>` (tokens from
 * `npm run users -- token`) or the browser's session cookie. A Bearer header
 * that does not match is refused outright rather than falling back to a cookie.
 */
export async function getApiActor(req: Request): Promise<Actor | null> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match ? actorForApiToken(getDb(), match[1]) : null;
  }
  return getSessionActor();
}
