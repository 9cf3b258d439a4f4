import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../support/db";
import { facetCounts, searchRecommendations } from "@/lib/data/search";
import { parseFilters, type SearchFilters } from "@/lib/search/filters";
import type { FacetCounts, FacetValue } from "@/lib/search/types";
import { CO, FOE, FOT, insertFixture, NOW } from "./fixture";

const t = freshDb();
beforeAll(() => {
  insertFixture(t.db);
});
afterAll(() => t.close());

const facets = (q: Record<string, string | string[]>) => facetCounts(t.db, parseFilters(q), { now: NOW });
const total = (q: Record<string, string | string[]>) =>
  searchRecommendations(t.db, parseFilters(q), { now: NOW }).total;
/** value → count, zero counts left out, for easy comparison with the hand-made tables. */
const nonZero = <V extends string | number>(values: FacetValue<V>[]) =>
  Object.fromEntries(values.filter((v) => v.count > 0).map((v) => [v.value, v.count]));

// Expected counts below are worked out by hand from the table in fixture.ts.
describe("facet counts", () => {
  it("with no filters count every non-archived recommendation", () => {
    const f = facets({});
    expect(nonZero(f.state)).toEqual({ KAZ: 3, KGZ: 2, FRA: 1 });
    expect(f.state.find((s) => s.value === "KAZ")?.label).toBe("Kazakhstan");
    expect(nonZero(f.body)).toEqual({ CCPR: 4, UPR: 1, CAT: 1 });
    expect(nonZero(f.cycle)).toEqual({ 1: 4, 2: 2 });
    expect(nonZero(f.year)).toEqual({ 2011: 1, 2014: 3, 2016: 2 });
    expect(f.status.map((s) => [s.value, s.count])).toEqual([
      ["not_implemented", 2],
      ["partially_implemented", 1],
      ["implemented", 1],
      ["regressed", 0],
      ["no_information", 1],
      ["none", 1],
    ]);
    expect(nonZero(f.stance)).toEqual({ accepts: 1, partially_accepts: 1, rejects: 1, no_response: 1, none: 2 });
    expect(nonZero(f.grade)).toEqual({ A: 1, C: 1, none: 4 });
    expect(nonZero(f.theme)).toEqual({ [FOT]: 2, [CO]: 1, [FOE]: 2, Torture: 2 });
    expect(nonZero(f.affected)).toEqual({ Detainees: 2 });
    expect(nonZero(f.sdg)).toEqual({ "16.10": 1 });
    expect([f.reiterated, f.overdue, f.noresponse]).toEqual([1, 2, 3]);
  });

  it("count each facet with the other facets applied, not its own", () => {
    const q = { body: "CCPR", status: "not_implemented", theme: FOT };
    expect(total(q)).toBe(2);
    const f = facets(q);
    expect(nonZero(f.body)).toEqual({ CCPR: 2 });
    expect(nonZero(f.status)).toEqual({ not_implemented: 2 });
    expect(nonZero(f.theme)).toEqual({ [FOT]: 2, [CO]: 1 });
    expect(nonZero(f.state)).toEqual({ KAZ: 2 });
    expect([f.reiterated, f.overdue, f.noresponse]).toEqual([1, 1, 1]);
  });

  it("treat several values of one facet as OR and facets as AND", () => {
    const q = { state: ["KAZ", "KGZ"], theme: FOE };
    expect(total(q)).toBe(2);
    const f = facets(q);
    expect(nonZero(f.state)).toEqual({ KAZ: 1, KGZ: 1 });
    expect(nonZero(f.theme)).toEqual({ [FOT]: 2, [CO]: 1, [FOE]: 2, Torture: 1 });
    expect(nonZero(f.affected)).toEqual({});
    expect(nonZero(f.sdg)).toEqual({ "16.10": 1 });
  });

  it("understand 'none' as nothing recorded", () => {
    const q = { status: "none", grade: "none" };
    expect(total(q)).toBe(1);
    const f = facets(q);
    expect(nonZero(f.status)).toEqual({ not_implemented: 1, partially_implemented: 1, no_information: 1, none: 1 });
    expect(nonZero(f.grade)).toEqual({ none: 1 });
  });

  it("count the flags as if each were switched on", () => {
    const q = { overdue: "1", body: "CAT" };
    expect(total(q)).toBe(1);
    const f = facets(q);
    expect(f.overdue).toBe(1);
    expect(nonZero(f.body)).toEqual({ CCPR: 1, CAT: 1 });
    expect(total({ noresponse: "1" })).toBe(3);
    expect(total({ reiterated: "1", q: "religion" })).toBe(1);
  });

  it("keep a chosen value listed at zero so it can be unticked", () => {
    const f = facets({ state: "FRA", body: "UPR" });
    expect(f.state.find((s) => s.value === "FRA")).toEqual({ value: "FRA", label: "France", count: 0 });
    expect(f.body.find((s) => s.value === "UPR")).toMatchObject({ count: 0 });
    expect(f.body.find((s) => s.value === "CAT")).toMatchObject({ count: 1 });
    expect(f.state.find((s) => s.value === "KAZ")).toMatchObject({ count: 1 });
  });

  it("apply the year range and the text query to every facet", () => {
    expect(nonZero(facets({ from: "2014", to: "2014" }).year)).toEqual({ 2011: 1, 2014: 3, 2016: 2 });
    expect(nonZero(facets({ from: "2014", to: "2014" }).body)).toEqual({ CCPR: 2, UPR: 1 });
    expect(nonZero(facets({ q: "torture" }).state)).toEqual({ KGZ: 1 });
    expect(nonZero(facets({ cycle: "2" }).state)).toEqual({ KAZ: 2 });
  });

  // The rule a user relies on: clicking a facet value gives as many results as it showed.
  const scenarios: Record<string, string | string[]>[] = [
    {},
    { body: "CCPR", status: "not_implemented", theme: FOT },
    { state: ["KAZ", "KGZ"], theme: FOE },
    { q: "the", grade: "none" },
    { overdue: "1", from: "2012" },
    // One facet alone (its own counts over every row, the others over its result), with and without a query.
    { body: "CCPR" },
    { state: "KAZ" },
    { cycle: "1" },
    { from: "2014" },
    { theme: CO },
    { q: "freedom", state: "KAZ" },
    { q: "the" },
    // Flags together, "none" beside values, and a facet whose every match is archived (r6 is the only CO in cycle 2 of KAZ-CCPR).
    { reiterated: "1", noresponse: "1" },
    { status: ["none", "not_implemented"], theme: FOT, from: "2014" },
    { cycle: "2", theme: CO },
  ];
  for (const q of scenarios) {
    it(`match the result count of the list they link to (${JSON.stringify(q)})`, () => {
      const f: FacetCounts = facets(q);
      const base = parseFilters(q);
      const check = (key: keyof SearchFilters, values: FacetValue<string | number>[]) => {
        for (const v of values) {
          const narrowed: SearchFilters = { ...base, [key]: [v.value] };
          expect(searchRecommendations(t.db, narrowed, { now: NOW }).total, `${String(key)}=${v.value}`).toBe(v.count);
        }
      };
      for (const key of ["state", "body", "cycle", "status", "stance", "grade", "theme", "affected", "sdg"] as const)
        check(key, f[key]);
      for (const v of f.year) {
        expect(searchRecommendations(t.db, { ...base, from: v.value, to: v.value }, { now: NOW }).total).toBe(v.count);
      }
      for (const flag of ["reiterated", "overdue", "noresponse"] as const) {
        expect(searchRecommendations(t.db, { ...base, [flag]: true }, { now: NOW }).total, flag).toBe(f[flag]);
      }
    });
  }
});
