import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { countExportRows, exportRows, openExportReader } from "@/lib/data/export";
import { searchRecommendations } from "@/lib/data/search";
import { MAX_PER, parseFilters, type SearchFilters } from "@/lib/search/filters";
import { foundingDb, syntheticDb } from "./support";

const now = new Date(Date.UTC(2026, 10, 28));

describe("the export holds exactly the rows of the list view, every page", () => {
  let t: ReturnType<typeof syntheticDb>;
  beforeAll(() => {
    t = syntheticDb();
  });
  afterAll(() => t.close());

  /** The list page by page, as a person clicking "Next" would see it. */
  function listIds(filters: SearchFilters): number[] {
    const ids: number[] = [];
    for (let page = 1; ; page++) {
      const r = searchRecommendations(t.db, { ...filters, page, per: MAX_PER }, { now });
      ids.push(...r.rows.map((x) => x.id));
      if (page * MAX_PER >= r.total) return ids;
    }
  }

  const pick = (q: string) => t.db.get<{ v: string }>(sql.raw(q)).v;

  it.each([
    ["everything, newest first", () => ""],
    [
      "one state",
      () =>
        `state=${pick(`SELECT s.code AS v FROM recommendations r JOIN states s ON s.id = r.state_id
          GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1`)}`,
    ],
    [
      "two bodies, a period, sorted by symbol ascending",
      () => "body=CCPR&body=UPR&from=2010&to=2020&sort=symbol&dir=asc",
    ],
    [
      "status incl. not assessed, stance none, longest outstanding",
      () => "status=not_implemented&status=none&stance=none&stance=rejects&sort=outstanding",
    ],
    [
      "a theme, reiterated only",
      () =>
        `theme=${encodeURIComponent(pick("SELECT name AS v FROM tags WHERE kind = 'theme' ORDER BY id LIMIT 1"))}&reiterated=1`,
    ],
    ["full-text query by relevance", () => "q=torture"],
    ["grade, overdue follow-up", () => "grade=D&grade=none&overdue=1"],
  ])("%s", (_, query) => {
    // A page and page size in the URL must not narrow the export.
    const filters = parseFilters(new URLSearchParams(`${query()}&page=3&per=10`));
    const expected = listIds(filters);
    expect(expected.length).toBeGreaterThan(0);
    const reader = openExportReader(t.file);
    let closed = false;
    const got = [
      ...exportRows(reader.db, filters, { now }, () => {
        closed = true;
        reader.close();
      }),
    ].map((r) => r.id);
    expect(closed).toBe(true);
    expect(got).toEqual(expected);
    expect(countExportRows(t.db, filters, { now })).toBe(expected.length);
  });

  it("more than one chunk of details keeps the order (2,500 rows, chunks of 400)", () => {
    const filters = parseFilters({});
    const rows = [...exportRows(t.db, filters, { now })];
    expect(rows).toHaveLength(2500);
    expect(rows.map((r) => r.id)).toEqual(listIds(filters));
    // Every row is filled from its own record, not a neighbour's.
    const sample = rows[1234];
    const direct = t.db.get<{ text: string; code: string }>(
      sql`SELECT r.text, s.code FROM recommendations r JOIN states s ON s.id = r.state_id WHERE r.id = ${sample.id}`,
    );
    expect(sample.text).toBe(direct.text);
    expect(sample.stateCode).toBe(direct.code);
  });

  it("a download cancelled before the first row still closes its reader", () => {
    const reader = openExportReader(t.file);
    let closed = 0;
    const rows = exportRows(reader.db, parseFilters({}), { now }, () => {
      closed++;
      reader.close();
    });
    rows.return!();
    rows.return!();
    expect(closed).toBe(1);
    expect(reader.db.$client.open).toBe(false);
  });

  it("the reader does not make the shared connection refuse writes while a download is in progress", () => {
    const reader = openExportReader(t.file);
    const rows = exportRows(reader.db, parseFilters({}), { now }, reader.close);
    expect(rows.next().done).toBe(false);
    expect(() => t.db.run(sql`UPDATE states SET name = name WHERE id = 1`)).not.toThrow();
    rows.return!();
  });
});

describe("an export row carries the whole story of the founding case", () => {
  it("symbol, body, state, text, themes, latest response with its quote, chain, outstanding since 2011", () => {
    const t = foundingDb();
    try {
      const rows = [
        ...exportRows(t.db, parseFilters({ state: "KAZ" }), { now, baseUrl: "https://tracker.example.org" }),
      ];
      const co2 = rows.find((r) => r.symbol === "CCPR/C/KAZ/CO/2" && r.reiterates.length > 0)!;
      expect(co2).toMatchObject({
        bodyCode: "CCPR",
        stateCode: "KAZ",
        stateName: "Kazakhstan",
        cycle: "2",
        date: "2016-07-11",
        currentStatus: "not_implemented",
        latestStance: "rejects",
        stanceDate: "2024-04-02",
        // CCPR/C/KAZ/CO/1 was issued on 19 August 2011 (the UN record the seed now holds).
        reiterates: [{ symbol: "CCPR/C/KAZ/CO/1", paragraph: "23", date: "2011-08-19" }],
        outstandingSince: 2011,
        url: `https://tracker.example.org/recommendations/${co2.id}`,
      });
      expect(co2.stanceQuote).toContain("does not directly recognise the right");
      expect(co2.themes).toEqual(["Conscientious objection", "Freedom of thought, conscience and religion"]);
      const co1 = rows.find((r) => r.symbol === "CCPR/C/KAZ/CO/1")!;
      expect(co1.reiteratedBy).toEqual([
        { symbol: "CCPR/C/KAZ/CO/2", paragraph: null, date: "2016-07-11", year: 2016, uprSession: null },
      ]);
    } finally {
      t.close();
    }
  });
});
