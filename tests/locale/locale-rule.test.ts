import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { readConfig } from "@/lib/config";
import { getMe, updateMe } from "@/lib/data/me";
import { chooseLocale, negotiateLocale } from "@/lib/i18n/locales";
import { localeOfRequest } from "@/lib/request-locale";
import { freshDb } from "../support/db";
import { actors } from "../data/fixtures";

describe("the browser's languages", () => {
  it("take the first language the tracker speaks, by q-value", () => {
    expect(negotiateLocale("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ru");
    expect(negotiateLocale("kk-KZ,kk;q=0.9,ru;q=0.8,en;q=0.5")).toBe("ru");
    expect(negotiateLocale("en;q=0.5, ru;q=0.6")).toBe("ru");
    expect(negotiateLocale("de-DE,fr;q=0.9")).toBeNull();
    expect(negotiateLocale("ru;q=0, en")).toBe("en");
    expect(negotiateLocale("")).toBeNull();
  });
});

describe("the language rule", () => {
  const none = { fallback: "en" as const };
  it("is ?lang=, then the profile, then the cookie, then the browser, then DEFAULT_LOCALE", () => {
    expect(chooseLocale({ ...none, query: "en", profile: "ru", cookie: "ru", acceptLanguage: "ru" })).toBe("en");
    expect(chooseLocale({ ...none, profile: "ru", cookie: "en", acceptLanguage: "en" })).toBe("ru");
    expect(chooseLocale({ ...none, cookie: "ru", acceptLanguage: "en" })).toBe("ru");
    expect(chooseLocale({ ...none, acceptLanguage: "ru-RU" })).toBe("ru");
    expect(chooseLocale({ fallback: "ru" })).toBe("ru");
  });
  it("ignores a value it does not speak instead of failing", () => {
    expect(chooseLocale({ ...none, query: "xx", profile: "fr", cookie: "<script>", acceptLanguage: "de" })).toBe("en");
  });
  it("DEFAULT_LOCALE is checked when the app starts", () => {
    expect(readConfig({ DEFAULT_LOCALE: "RU" }).defaultLocale).toBe("ru");
    expect(readConfig({}).defaultLocale).toBe("en");
    expect(() => readConfig({ DEFAULT_LOCALE: "fr" })).toThrow(/DEFAULT_LOCALE must be one of en, ru/);
  });
});

describe("the language in the profile", () => {
  let env: ReturnType<typeof freshDb>;
  let who: ReturnType<typeof actors>;
  beforeEach(() => {
    env = freshDb();
    who = actors(env.db);
  });
  afterEach(() => env.close());

  it("is kept, audited, and chosen over the cookie and the browser for that user's requests", () => {
    expect(getMe(env.db, who.viewer).locale).toBeNull();
    const me = updateMe(env.db, who.viewer, { locale: "ru" });
    expect(me.locale).toBe("ru");
    expect(me.digest).toBe("weekly");
    const entry = env.db.select().from(auditLog).all().at(-1)!;
    expect(entry).toMatchObject({ entity: "user_preferences", action: "update", before: { locale: null } });
    expect(entry.after).toEqual({ locale: "ru" });

    const req = new Request("http://tracker.test/api/v1/me", {
      headers: { cookie: "theme=x; NEXT_LOCALE=en", "accept-language": "en" },
    });
    expect(localeOfRequest(env.db, who.viewer, req)).toBe("ru");
    expect(localeOfRequest(env.db, null, req)).toBe("en");
    expect(localeOfRequest(env.db, who.viewer, new Request("http://tracker.test/x?lang=en"))).toBe("en");
  });

  it("refuses a language the tracker does not speak, saying which it does, and changes nothing", () => {
    // @ts-expect-error -- deliberately a language the tracker does not speak: the DAL must refuse it.
    expect(() => updateMe(env.db, who.viewer, { locale: "fr" })).toThrow(/en|ru/);
    expect(getMe(env.db, who.viewer).locale).toBeNull();
  });

  it("changing the digest keeps the language, and the other way round", () => {
    updateMe(env.db, who.viewer, { locale: "ru" });
    updateMe(env.db, who.viewer, { digest: "daily" });
    expect(getMe(env.db, who.viewer)).toMatchObject({ locale: "ru", digest: "daily" });
  });
});
