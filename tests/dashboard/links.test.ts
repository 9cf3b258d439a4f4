import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db";
import {
  getGrades,
  getStances,
  getStatusByBody,
  getStatusByTheme,
  getStatusByYear,
  getSummary,
  getYearsOutstanding,
  type DashboardFilters,
} from "@/lib/data/dashboard";
import { searchRecommendations } from "@/lib/data/search";
import { parseFilters } from "@/lib/search/filters";
import {
  gradeBars,
  groupRows,
  groupTotalHref,
  kpiLinks,
  stanceBars,
  statusBars,
  yearsHref,
} from "@/app/(app)/_components/dashboard/chart-data";
import { listHref, parseDashboardFilters } from "@/app/(app)/_components/dashboard/links";
import { freshDb } from "../support/db";
import { CLOCK, seedDashboardFixture } from "./fixture";

/*
 * The dashboard's promise: "a chart's count equals the count of the list it links to".
 * Every bar, segment, table total and KPI link is followed into the list's own
 * search (lib/data/search.ts) with the same clock, and the totals compared.
 */
const NOW = new Date(`${CLOCK.today}T12:00:00Z`);
let db: DB;
let close: () => void;

beforeAll(() => {
  ({ db, close } = freshDb());
  seedDashboardFixture(db);
});
afterAll(() => close());

function listTotal(href: string): number {
  const url = new URL(href, "http://tracker.test");
  expect(url.pathname).toBe("/recommendations");
  return searchRecommendations(db, parseFilters(url.searchParams), { now: NOW }).total;
}

const FILTER_SETS: [string, DashboardFilters][] = [
  ["no filters", { state: [], body: [], theme: [] }],
  ["Kazakhstan", { state: ["KAZ"], body: [], theme: [] }],
  ["CCPR, 2014–2020", { state: [], body: ["CCPR"], theme: [], from: 2014, to: 2020 }],
  ["two themes", { state: [], body: [], theme: ["Detention", "Freedom of religion"] }],
  ["KAZ + UZB, CCPR, Torture", { state: ["KAZ", "UZB"], body: ["CCPR"], theme: ["Torture"] }],
];

describe.each(FILTER_SETS)("every dashboard number equals the list it links to (%s)", (_name, f) => {
  it("KPI cards", () => {
    const s = getSummary(db, f, CLOCK);
    const links = kpiLinks(f);
    expect(listTotal(links.total)).toBe(s.total);
    expect(listTotal(links.responded)).toBe(s.responded);
    expect(listTotal(links.reiterated)).toBe(s.reiterated);
    expect(listTotal(links.overdue)).toBe(s.overdue);
    // "Median years outstanding" links to the outstanding recommendations it is the median of.
    expect(listTotal(links.outstanding)).toBe(getYearsOutstanding(db, f, CLOCK).total);
  });

  it("status distribution", () => {
    for (const bar of statusBars(getSummary(db, f, CLOCK), f))
      expect([bar.key, listTotal(bar.href!)]).toEqual([bar.key, bar.n]);
  });

  it("status by body, theme and year: every segment and every row total", () => {
    const charts = [
      ["body", getStatusByBody(db, f, CLOCK)],
      ["theme", getStatusByTheme(db, f, CLOCK)],
      ["year", getStatusByYear(db, f, CLOCK)],
    ] as const;
    for (const [facet, groups] of charts) {
      for (const row of groupRows([...groups], f, facet)) {
        expect([facet, row.key, listTotal(groupTotalHref(f, facet, row.key))]).toEqual([facet, row.key, row.total]);
        for (const [status, href] of Object.entries(row.hrefs)) {
          expect([facet, row.key, status, listTotal(href)]).toEqual([facet, row.key, status, row.values[status]]);
        }
      }
    }
  });

  it("follow-up grades and state responses", () => {
    for (const bar of gradeBars(getGrades(db, f, CLOCK), f))
      expect([bar.key, listTotal(bar.href!)]).toEqual([bar.key, bar.n]);
    for (const bar of stanceBars(getStances(db, f, CLOCK), f))
      expect([bar.key, listTotal(bar.href!)]).toEqual([bar.key, bar.n]);
  });

  it("years outstanding links once to all of its recommendations (the list has no filter per bar)", () => {
    const y = getYearsOutstanding(db, f, CLOCK);
    expect(listTotal(yearsHref(f))).toBe(y.total);
  });
});

describe("dashboard filters and list URLs", () => {
  it("reads the list's own parameter names, so a list URL opens the same view on the dashboard", () => {
    const f = parseDashboardFilters(
      new URLSearchParams(
        "state=kaz&body=CCPR&theme=Freedom%20of%20thought%2C%20conscience%20and%20religion&from=2016&to=2011&status=implemented",
      ),
    );
    expect(f).toEqual({
      state: ["KAZ"],
      body: ["CCPR"],
      theme: ["Freedom of thought, conscience and religion"],
      from: 2011,
      to: 2016,
    });
  });

  it("a bucket's facet is added to the dashboard's filters", () => {
    const f: DashboardFilters = { state: ["KAZ"], body: [], theme: [], from: 2011 };
    expect(listHref(f, { status: ["not_implemented"] })).toBe(
      "/recommendations?state=KAZ&from=2011&status=not_implemented",
    );
    expect(listHref({ state: [], body: [], theme: [] })).toBe("/recommendations");
  });
});
