import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb, type DB } from "../db";
import { config } from "./config";
import { assertCan, type Access } from "./auth/policy";
import type { Actor } from "./auth/roles";
import { getSessionActor } from "./auth/session";
import type { Locale } from "./i18n/locales";
import { resolveRequestLocale, setRenderLocale } from "./request-locale";

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
export type RequestContext = { db: DB; actor: Actor | null; locale: Locale };
export type SignedInContext = RequestContext & { actor: Actor };

export const getRequestContext = cache(async (): Promise<RequestContext> => {
  const db = getDb();
  const actor = await getSessionActor();
  const locale = await resolveRequestLocale(db, actor);
  setRenderLocale(locale);
  return { db, actor, locale };
});

/** The language of this request (lib/request-locale.ts), for pages that need nothing else. */
export async function requestLocale(): Promise<Locale> {
  return (await getRequestContext()).locale;
}

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
 * For the public portal, share links and embeds: the database and the reader's language — these
 * pages use no one's role, so they show everyone the same figures — or 404 when PUBLIC_PORTAL=0.
 */
export async function publicContext(): Promise<{ db: DB; locale: Locale }> {
  if (!config().publicPortal) notFound();
  return { db: getDb(), locale: await requestLocale() };
}
