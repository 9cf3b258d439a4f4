import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { freshDb } from "../support/db";
import { searchRecommendations } from "@/lib/data/search";
import { parseFilters } from "@/lib/search/filters";
import { insertFixture, NOW } from "./fixture";

const t = freshDb();
let ids: Record<string, number>;
beforeAll(() => {
  ids = insertFixture(t.db);
});
afterAll(() => t.close());

const search = (query: Record<string, string | string[]>) =>
  searchRecommendations(t.db, parseFilters(query), { now: NOW });
const keysOf = (query: Record<string, string | string[]>) => {
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return search({ per: "100", ...query })
    .rows.map((r) => byId[r.id])
    .sort();
};

describe("full-text search", () => {
  it("finds a prefix of a word and ignores case", () => {
    expect(keysOf({ q: "CONSCIENT" })).toEqual(["r1"]);
    expect(keysOf({ q: "relig" })).toEqual(["r2"]);
  });

  it("keeps quoted words as a phrase", () => {
    expect(keysOf({ q: '"freedom of religion"' })).toEqual(["r2"]);
    // Both words occur in r2, but not in this order.
    expect(keysOf({ q: '"religion freedom"' })).toEqual([]);
    expect(keysOf({ q: "religion freedom" })).toEqual(["r2"]);
  });

  it("finds Cyrillic text by the start of a word", () => {
    expect(keysOf({ q: "свобод" })).toEqual(["r3"]);
    expect(keysOf({ q: "СВОБОДУ вероисповедания" })).toEqual(["r3"]);
  });

  it("matches accented text with or without the accents", () => {
    expect(keysOf({ q: "etat partie" })).toEqual(["r5"]);
    expect(keysOf({ q: "État" })).toEqual(["r5"]);
    expect(keysOf({ q: "garde a vue" })).toEqual(["r5"]);
  });

  it("finds a recommendation by its document symbol and paragraph", () => {
    expect(keysOf({ q: "CCPR/C/KAZ/CO/2" })).toEqual(["r2"]);
    expect(keysOf({ q: "122.15" })).toEqual(["r3"]);
  });

  it("treats FTS syntax characters in the input as plain text, never as an error", () => {
    const nasty = [
      '"',
      '""',
      "(",
      ")",
      "*",
      "AND",
      "NOT",
      "OR",
      "NEAR(",
      "text:",
      "^",
      "-",
      "+",
      "{}",
      "'; DROP TABLE recommendations; --",
      'freedom" OR "x',
      "a*b",
      "\\",
      "%",
      "?",
    ];
    for (const q of nasty) expect(() => search({ q })).not.toThrow();
    expect(keysOf({ q: "AND NOT" })).toEqual(["r7"]);
    expect(keysOf({ q: '(harassment")' })).toEqual(["r7"]);
    // Pure punctuation is no query at all: everything (not archived) comes back.
    expect(keysOf({ q: "()*" })).toHaveLength(6);
  });

  it("never returns archived recommendations", () => {
    expect(keysOf({ q: "archived" })).toEqual([]);
    expect(keysOf({})).not.toContain("r6");
  });

  it("returns highlighted snippets as plain-text segments", () => {
    const [row] = search({ q: "torture" }).rows.filter((r) => r.id === ids.r4);
    expect(row.snippet).not.toBeNull();
    const hits = row.snippet!.filter((s) => s.hit).map((s) => s.text.toLowerCase());
    expect(hits).toEqual(["torture"]);
    expect(row.snippet!.map((s) => s.text).join("")).toContain("are investigated promptly");
    expect(search({}).rows[0].snippet).toBeNull();
  });

  it("ranks a hit in the subject line above one in the text only", () => {
    // r2's subject is "Freedom of religion"; r7 says "freedom" only in its text.
    expect(search({ q: "freedom", sort: "relevance" }).rows.map((r) => r.id)).toEqual([ids.r2, ids.r7]);
    expect(search({ q: "freedom", sort: "date", dir: "asc" }).rows.map((r) => r.id)).toEqual([ids.r7, ids.r2]);
  });
});

describe("list items", () => {
  it("carry the denormalised status, stance, chain start and years outstanding", () => {
    const r2 = search({ q: "registration" }).rows[0];
    expect(r2).toMatchObject({
      symbol: "CCPR/C/KAZ/CO/2",
      paragraph: "52",
      stateCode: "KAZ",
      stateName: "Kazakhstan",
      bodyCode: "CCPR",
      cycleOrdinal: 2,
      year: 2016,
      status: "not_implemented",
      latestStance: "rejects",
      latestGrade: "C",
      chainStartYear: 2011,
      yearsOutstanding: 14,
      reiteratesEarlier: true,
      reiteratedLater: false,
      isFollowUp: false,
      overdue: false,
      version: 1,
    });
    const r4 = search({ q: "impartially" }).rows[0];
    expect(r4.yearsOutstanding).toBeNull(); // implemented
    expect(r4.followUpDeadline).toBe("2015-03"); // from its cycle
  });
});

describe("sorting and pagination", () => {
  const sorts = ["date", "symbol", "outstanding", "relevance"];
  for (const sort of sorts) {
    for (const dir of ["asc", "desc"]) {
      it(`pages through every row exactly once (sort=${sort}, dir=${dir})`, () => {
        const all = search({ sort, dir, per: "100" }).rows.map((r) => r.id);
        const seen: number[] = [];
        for (let page = 1; page <= 4; page++)
          seen.push(...search({ sort, dir, per: "2", page: String(page) }).rows.map((r) => r.id));
        expect(seen).toEqual(all);
        expect(new Set(seen).size).toBe(6);
      });
    }
  }

  it("pages through a text search in relevance order", () => {
    const all = search({ q: "state", per: "100" }).rows.map((r) => r.id);
    const paged = [1, 2, 3].flatMap((page) =>
      search({ q: "state", per: "1", page: String(page) }).rows.map((r) => r.id),
    );
    expect(all).toHaveLength(2);
    expect(paged).toEqual(all);
  });

  it("sorts by date newest first by default and by years outstanding longest first", () => {
    expect(search({ per: "100" }).rows.map((r) => r.year)).toEqual([2016, 2016, 2014, 2014, 2014, 2011]);
    const outstanding = search({ sort: "outstanding", per: "100" }).rows;
    expect(outstanding[0].id).toBe(ids.r1); // chain start 2011, with r2 after it (same chain start, later id)
    expect(outstanding[1].id).toBe(ids.r2);
    // Outstanding ones first (r1, r2 not implemented; r3 partially implemented), then r4 (implemented),
    // r5 (not assessed, not reiterated) and r7 (no information), which have no years outstanding.
    expect(outstanding[2].id).toBe(ids.r3);
    expect(outstanding.map((r) => r.yearsOutstanding !== null)).toEqual([true, true, true, false, false, false]);
  });

  it("reports the total beside a page beyond the end", () => {
    const res = search({ page: "9", per: "2" });
    expect(res).toMatchObject({ total: 6, page: 9, per: 2, rows: [] });
  });
});

describe("index kept in sync", () => {
  it("follows edits of text and of a document symbol, and deletions", () => {
    const db = freshDb();
    try {
      const fx = insertFixture(db.db);
      db.db.run(sql`UPDATE recommendations SET text = 'Abolish the exit visa regime' WHERE id = ${fx.r7}`);
      const s = (q: string) => searchRecommendations(db.db, parseFilters({ q }), { now: NOW }).rows.map((r) => r.id);
      expect(s("exit visa")).toEqual([fx.r7]);
      expect(s("journalists")).toEqual([]);
      db.db.run(sql`UPDATE documents SET symbol = 'CCPR/C/KGZ/CO/3' WHERE symbol = 'CCPR/C/KGZ/CO/2'`);
      expect(s('"CCPR/C/KGZ/CO/3"').sort()).toEqual([fx.r4, fx.r7].sort());
      expect(s('"CCPR/C/KGZ/CO/2"')).toEqual([]);
      db.db.run(sql`DELETE FROM recommendation_tags WHERE recommendation_id = ${fx.r7}`);
      db.db.run(sql`DELETE FROM assessments WHERE recommendation_id = ${fx.r7}`);
      db.db.run(sql`DELETE FROM state_responses WHERE recommendation_id = ${fx.r7}`);
      db.db.run(sql`DELETE FROM recommendations WHERE id = ${fx.r7}`);
      expect(s("exit")).toEqual([]);
      // The external-content index agrees with its source after all of it.
      expect(() =>
        db.db.run(sql`INSERT INTO recommendation_search(recommendation_search) VALUES ('integrity-check')`),
      ).not.toThrow();
    } finally {
      db.close();
    }
  });
});
