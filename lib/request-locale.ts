import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { DB } from "../db";
import type { Actor } from "./auth/roles";
import { config } from "./config";
import { localeOfUser } from "./data/me";
import { registerLocaleResolver } from "./i18n/current-locale";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "./i18n/locales";

/**
 * The language of the request being served. Found once per request (lib/context.ts) by the
 * rule in lib/i18n/locales.ts, then made available to every t() that is not handed one:
 * - while a page renders, through a per-request holder (React cache(), the way next-intl's
 *   setRequestLocale keeps it), filled before the page's first sentence;
 * - while a route handler or server action runs, through AsyncLocalStorage (runWithLocale).
 */
const storage = new AsyncLocalStorage<Locale>();
const renderHolder = cache((): { locale?: Locale } => ({}));

registerLocaleResolver(() => storage.getStore() ?? renderHolder().locale, config().defaultLocale);

/** The request's language: `?lang=` when given, then profile, cookie, browser, DEFAULT_LOCALE. */
export async function resolveRequestLocale(db: DB, actor: Actor | null, query?: string | null): Promise<Locale> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return chooseLocale({
    query,
    profile: actor?.id ? localeOfUser(db, actor.id) : null,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
    fallback: config().defaultLocale,
  });
}

/** Route handlers: the same rule, read from the request itself (`?lang=`, its Cookie and Accept-Language). */
export function localeOfRequest(db: DB, actor: Actor | null, req: Request): Locale {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/.exec(req.headers.get("cookie") ?? "")?.[1];
  return chooseLocale({
    query: new URL(req.url).searchParams.get("lang"),
    profile: actor?.id ? localeOfUser(db, actor.id) : null,
    cookie,
    acceptLanguage: req.headers.get("accept-language"),
    fallback: config().defaultLocale,
  });
}

/** Pages: from here on, this render's sentences are in `locale`. */
export function setRenderLocale(locale: Locale): void {
  renderHolder().locale = locale;
}

/** Route handlers and actions: `fn`'s sentences (errors included) are in `locale`. */
export function runWithLocale<T>(locale: Locale, fn: () => T): T {
  return storage.run(locale, fn);
}
