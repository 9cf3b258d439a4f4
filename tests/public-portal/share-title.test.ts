/**
 * A shared view's title (app/s/[token]/view/title.ts) names what is shared — the state's
 * report, the state, the dashboard, the recommendation — and leaves the product's name to the
 * root layout's title template, so it appears once.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { shareViewTitle } from "@/app/s/[token]/view/title";
import { registerLocaleResolver } from "@/lib/i18n/current-locale";
import type { Locale } from "@/lib/i18n/locales";
import { t } from "@/lib/i18n/messages";
import { createShareLink, openShareLink } from "@/lib/data/share-links";
import { freshDb } from "../support/db";
import { actors, foundingCase } from "../data/fixtures";

let locale: Locale = "en";
registerLocaleResolver(() => locale, "en");

let env: ReturnType<typeof freshDb>;
let who: ReturnType<typeof actors>;
let f: ReturnType<typeof foundingCase>;
beforeEach(() => {
  locale = "en";
  env = freshDb();
  who = actors(env.db);
  f = foundingCase(env.db, who.editor);
});
afterEach(() => env.close());

function titleOf(input: Parameters<typeof createShareLink>[2]): string {
  const { token } = createShareLink(env.db, who.viewer, input);
  const opened = openShareLink(env.db, token);
  if (opened.status !== "ok") throw new Error(`the link did not open: ${opened.status}`);
  return shareViewTitle(opened.data);
}

/** The page title as the browser shows it: the root layout's template around the page's title. */
const pageTitle = (title: string) => t("app.titleTemplate").replace("%s", title);

describe("a shared view's title", () => {
  it("names the state's report, the state or the dashboard, live or frozen", () => {
    for (const frozen of [false, true]) {
      expect(titleOf({ view: "state-report", filters: { state: "KAZ" }, frozen })).toBe("Kazakhstan: state report");
      expect(titleOf({ view: "dashboard", filters: { state: "KAZ" }, frozen })).toBe("Kazakhstan");
      expect(titleOf({ view: "dashboard", frozen })).toBe("Recommendations and where they stand");
    }
  });

  it("names a shared recommendation by its title", () => {
    expect(titleOf({ view: "recommendation", recommendationId: f.rec1.id })).toBe(
      "The State party should recognise conscientious objection to military service.",
    );
  });

  it("gives a page title with the product's name once", () => {
    const title = pageTitle(titleOf({ view: "state-report", filters: { state: "KAZ" } }));
    expect(title).toBe("Kazakhstan: state report · Treaty Tracker");
    expect(title.split("Treaty Tracker")).toHaveLength(2);
  });

  it("is in the reader's language", () => {
    locale = "ru";
    expect(titleOf({ view: "state-report", filters: { state: "KAZ" } })).toMatch(/^Казахстан/);
  });
});
