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

const LOCALE_COOKIE_VALUE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);

type Asked = { query?: string | null; cookie?: string | null; acceptLanguage?: string | null };

/** The rule (lib/i18n/locales.ts) with the profile looked up and DEFAULT_LOCALE as the last word. */
function localeFor(db: DB, actor: Actor | null, asked: Asked): Locale {
  return chooseLocale({
    ...asked,
    profile: actor?.id ? localeOfUser(db, actor.id) : null,
    fallback: config().defaultLocale,
  });
}

/** Pages and actions: the request's language, from Next's view of its cookies and headers. */
export async function resolveRequestLocale(db: DB, actor: Actor | null): Promise<Locale> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return localeFor(db, actor, {
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
  });
}

/** Route handlers: the same rule, read from the request itself (`?lang=`, its Cookie and Accept-Language). */
export function localeOfRequest(db: DB, actor: Actor | null, req: Request): Locale {
  return localeFor(db, actor, {
    query: new URL(req.url).searchParams.get("lang"),
    cookie: LOCALE_COOKIE_VALUE.exec(req.headers.get("cookie") ?? "")?.[1],
    acceptLanguage: req.headers.get("accept-language"),
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
