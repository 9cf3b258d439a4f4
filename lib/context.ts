import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb, type DB } from "../db";
import { config } from "./config";
import { assertCan, type Access } from "./auth/policy";
import type { Actor } from "./auth/roles";
import { getSessionActor } from "./auth/session";

/**
 * What one request works with: the database handle and who is asking. Pages,
 * layouts and components get it here and hand it to lib/data; they never open
 * the database themselves (eslint.config.mjs keeps db/ out of app/). Route
 * handlers get the same shape from lib/api/handler.ts, which also accepts
 * Bearer tokens.
 *
 * React's cache() makes it once per server request, so the layout, the page,
 * its metadata and every section share one session read.
 */
export type RequestContext = { db: DB; actor: Actor | null };
export type SignedInContext = RequestContext & { actor: Actor };

export const getRequestContext = cache(async (): Promise<RequestContext> => ({
  db: getDb(),
  actor: await getSessionActor(),
}));

/** For pages and layouts: the context of a signed-in user, or a redirect to /login. */
export async function signedInContext(): Promise<SignedInContext> {
  const ctx = await getRequestContext();
  if (!ctx.actor) redirect("/login");
  return { ...ctx, actor: ctx.actor };
}

/** For server actions: the context, or 401/403 (AppError) when the policy refuses `access`. */
export async function actionContext(...access: Access): Promise<SignedInContext> {
  const ctx = await getRequestContext();
  return { ...ctx, actor: assertCan(ctx.actor, ...access) };
}

/**
 * For the public portal, share links and embeds: the database only — these pages read no
 * session, so they show everyone the same thing — or 404 when PUBLIC_PORTAL=0.
 */
export function publicContext(): { db: DB } {
  if (!config().publicPortal) notFound();
  return { db: getDb() };
}
