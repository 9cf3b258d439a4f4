/**
 * What a share link keeps and what it may not: only the filters its view honours (refused by name
 * otherwise), real days for its expiry, no evidence that has since become private, and names in
 * the reader's language however the maker's interface was set.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBody } from "@/lib/data/bodies";
import { createCycle } from "@/lib/data/cycles";
import { attachEvidence, createEvidence, updateEvidence } from "@/lib/data/evidence";
import { createRecommendation } from "@/lib/data/recommendations-write";
import {
  createShareLink,
  listShareLinks,
  openShareLink,
  revokeShareLink,
  shareLinkFilterWords,
  type OpenedShareLink,
} from "@/lib/data/share-links";
import { ValidationError } from "@/lib/errors";
import { runWithLocale } from "@/lib/request-locale";
import { freshDb } from "../support/db";
import { actors, foundingCase } from "./fixtures";

let env: ReturnType<typeof freshDb>;
let who: ReturnType<typeof actors>;
beforeEach(() => {
  env = freshDb();
  who = actors(env.db);
});
afterEach(() => env.close());

type Input = Parameters<typeof createShareLink>[2];

/** The fields a refused link names, with their messages. */
function refusal(input: Input, now?: Date): Record<string, string[]> {
  try {
    createShareLink(env.db, who.viewer, input, now);
  } catch (e) {
    if (e instanceof ValidationError) return e.fields;
    throw e;
  }
  throw new Error("the link was made");
}

function figures(o: OpenedShareLink) {
  if (o.status !== "ok" || o.data.view === "recommendation") throw new Error("not a dashboard");
  return o.data;
}

function story(o: OpenedShareLink) {
  if (o.status !== "ok" || o.data.view !== "recommendation") throw new Error("not a story");
  return o.data.story;
}

describe("the filters a share link keeps", () => {
  it("refuses, by name, a filter its view does not honour, a malformed year and a reversed range", () => {
    foundingCase(env.db, who.editor);
    expect(Object.keys(refusal({ view: "dashboard", filters: { nonsense: "1" } }))).toEqual(["filters.nonsense"]);
    expect(refusal({ view: "dashboard", filters: { status: "implemented" } })["filters.status"][0]).toMatch(
      /honours state, body, theme, from, to/,
    );
    expect(Object.keys(refusal({ view: "dashboard", filters: { from: "abc" } }))).toEqual(["filters.from"]);
    expect(Object.keys(refusal({ view: "dashboard", filters: { from: "2020", to: "2010" } }))).toEqual(["filters.to"]);
  });

  it("refuses a state, body or theme that is not recorded or not a code, instead of showing everything", () => {
    foundingCase(env.db, who.editor);
    expect(refusal({ view: "dashboard", filters: { state: "MNG" } })["filters.state"][0]).toBe(
      "No state with the code MNG is recorded.",
    );
    expect(Object.keys(refusal({ view: "dashboard", filters: { state: "K@Z" } }))).toEqual(["filters.state"]);
    expect(Object.keys(refusal({ view: "dashboard", filters: { body: "NOPE" } }))).toEqual(["filters.body"]);
    expect(Object.keys(refusal({ view: "dashboard", filters: { theme: "No such theme" } }))).toEqual(["filters.theme"]);
  });

  it("reads a year given as a number as the same year given as text", () => {
    const fc = foundingCase(env.db, who.editor);
    const later = createCycle(env.db, who.editor, {
      stateId: fc.kaz.id,
      bodyId: fc.ccpr.id,
      ordinal: 3,
      adoptionDate: "2025-07",
    });
    createRecommendation(env.db, who.editor, { cycleId: later.id, text: "A recommendation of 2025." });
    const all = figures(openShareLink(env.db, createShareLink(env.db, who.viewer, { view: "dashboard" }).token));
    const asNumber = createShareLink(env.db, who.viewer, { view: "dashboard", filters: { from: 2020 } });
    const asText = createShareLink(env.db, who.viewer, { view: "dashboard", filters: { from: "2020" } });
    const n = figures(openShareLink(env.db, asNumber.token)).figures.summary.total;
    expect(n).toBe(1);
    expect(n).toBeLessThan(all.figures.summary.total);
    expect(figures(openShareLink(env.db, asText.token)).figures.summary.total).toBe(n);
  });

  it("a shared state report keeps its body filter, as the report does", () => {
    const fc = foundingCase(env.db, who.editor);
    const cat = createBody(env.db, who.editor, {
      code: "CAT",
      name: "Committee against Torture",
      kind: "treaty_body",
      treaty: "CAT (1984)",
    });
    const cycle = createCycle(env.db, who.editor, {
      stateId: fc.kaz.id,
      bodyId: cat.id,
      ordinal: 1,
      adoptionDate: "2014",
    });
    createRecommendation(env.db, who.editor, {
      cycleId: cycle.id,
      text: "A recommendation of the Committee against Torture.",
    });
    const open = (filters: Input["filters"]) =>
      figures(openShareLink(env.db, createShareLink(env.db, who.viewer, { view: "state-report", filters }).token))
        .figures.summary.total;
    expect(open({ state: "KAZ", body: "CCPR" })).toBe(open({ state: "KAZ" }) - 1);
  });
});

describe("a share link's expiry", () => {
  it("must be a day that exists", () => {
    const now = new Date("2026-12-01");
    expect(refusal({ view: "dashboard", expiresAt: "2027-02-30" }, now).expiresAt[0]).toMatch(/does not exist/);
    expect(refusal({ view: "dashboard", expiresAt: "2026-02-30" }, now).expiresAt[0]).toMatch(/does not exist/);
    expect(
      createShareLink(env.db, who.viewer, { view: "dashboard", expiresAt: "2027-02-28" }, now).link.expiresAt,
    ).toBe("2027-02-28");
  });
});

describe("the list of links", () => {
  it("tells two links to one state's dashboard apart by their other filters, in words", () => {
    foundingCase(env.db, who.editor);
    const plain = createShareLink(env.db, who.viewer, { view: "dashboard", filters: { state: "KAZ" } });
    const narrow = createShareLink(env.db, who.viewer, {
      view: "dashboard",
      filters: { state: "KAZ", body: "CCPR", from: "2011", to: "2016" },
    });
    const words = shareLinkFilterWords(env.db, listShareLinks(env.db, who.viewer));
    expect(words.get(plain.link.id)).toEqual([]);
    expect(words.get(narrow.link.id)).toEqual([
      { label: "Body", value: "Human Rights Committee (CCPR)" },
      { label: "Period", value: "2011 – 2016" },
    ]);
  });
});

describe("revoking a link", () => {
  it("answers with the link as the list shows it, its maker named", () => {
    foundingCase(env.db, who.editor);
    const made = createShareLink(env.db, who.viewer, { view: "dashboard" });
    expect(revokeShareLink(env.db, who.admin, made.link.id)).toMatchObject({ revoked: true, createdBy: "The viewer" });
    expect(revokeShareLink(env.db, who.admin, made.link.id)).toMatchObject({ revoked: true, createdBy: "The viewer" });
  });
});

describe("a frozen story", () => {
  it("drops evidence made private since, and shows the rest as it reads today", () => {
    const fc = foundingCase(env.db, who.editor);
    const made = (title: string) => {
      const e = createEvidence(env.db, who.editor, { kind: "news_article", title, public: true });
      attachEvidence(env.db, who.editor, fc.rec1.id, { evidenceId: e.id });
      return e;
    };
    const turnsPrivate = made("An article that will name a witness");
    const edited = made("A ruling, first title");
    const link = createShareLink(env.db, who.viewer, {
      view: "recommendation",
      recommendationId: fc.rec1.id,
      frozen: true,
    });
    const titles = () => story(openShareLink(env.db, link.token)).evidence.map((e) => e.title);
    expect(titles()).toEqual(expect.arrayContaining(["An article that will name a witness", "A ruling, first title"]));

    updateEvidence(env.db, who.editor, turnsPrivate.id, { public: false, version: turnsPrivate.version });
    updateEvidence(env.db, who.editor, edited.id, { title: "A ruling, names removed", version: edited.version });
    expect(titles()).toEqual(["A ruling, names removed"]);
    const onTimeline = story(openShareLink(env.db, link.token))
      .timeline.filter((e) => e.type === "evidence")
      .map((e) => e.evidence.title);
    expect(onTimeline).not.toContain("An article that will name a witness");
  });

  it("names the state and body in the reader's language, whichever the maker used", () => {
    const fc = foundingCase(env.db, who.editor);
    const dashboard = runWithLocale("ru", () =>
      createShareLink(env.db, who.viewer, { view: "dashboard", filters: { state: "KAZ" }, frozen: true }),
    );
    const rec = runWithLocale("ru", () =>
      createShareLink(env.db, who.viewer, { view: "recommendation", recommendationId: fc.rec1.id, frozen: true }),
    );
    const inEnglish = runWithLocale("en", () => figures(openShareLink(env.db, dashboard.token)));
    expect(inEnglish.state?.name).toBe("Kazakhstan");
    expect(inEnglish.figures.cube.byBody.map((b) => b.label)).toEqual(["Human Rights Committee"]);
    const inRussian = runWithLocale("ru", () => figures(openShareLink(env.db, dashboard.token)));
    expect(inRussian.figures.cube.byBody.map((b) => b.label)).toEqual(["Комитет по правам человека"]);
    const storyInEnglish = runWithLocale("en", () => story(openShareLink(env.db, rec.token)));
    expect([storyInEnglish.state.name, storyInEnglish.body.name]).toEqual(["Kazakhstan", "Human Rights Committee"]);
  });
});
