import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { freshDb } from "../support/db";
import { refreshRecommendation } from "@/lib/data/derived";
import { searchRecommendations } from "@/lib/data/search";
import { parseFilters } from "@/lib/search/filters";
import { synthesize, type SynthReport } from "@/scripts/synth/generate";
import { withIndexesDeferred } from "@/scripts/synth/bulk";

const t = freshDb();
let report: SynthReport;
beforeAll(() => {
  report = withIndexesDeferred(t.db.$client, () => synthesize(t.db, { recommendations: 4000, seed: 7 }));
}, 60_000);
afterAll(() => t.close());

type Derived = { id: number; reiterates_earlier: number };
const DERIVED = sql`SELECT id, state_id, body_id, year, status, status_date, latest_stance, latest_stance_date, latest_grade,
  chain_start_year, reiterates_earlier, reiterated_later FROM recommendations`;

describe("synthetic data", () => {
  it("covers ≥150 states, every body with ≥4 cycles per state, and writes exactly the number asked for", () => {
    expect(report.recommendations).toBe(4000);
    expect(t.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM recommendations`).n).toBe(4000);
    expect(
      t.db.get<{ n: number }>(sql`SELECT COUNT(DISTINCT state_id) AS n FROM review_cycles`).n,
    ).toBeGreaterThanOrEqual(150);
    expect(
      t.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM bodies WHERE id NOT IN (SELECT body_id FROM review_cycles)`)
        .n,
    ).toBe(0);
    expect(
      t.db.get<{ n: number }>(
        sql`SELECT MIN(k) AS n FROM (SELECT COUNT(*) AS k FROM review_cycles GROUP BY state_id, body_id)`,
      ).n,
    ).toBeGreaterThanOrEqual(4);
    expect(report.reiterations).toBeGreaterThan(0);
    expect(report.cyrillic).toBeGreaterThan(0);
  });

  it("gives documents UN symbols", () => {
    const symbols = t.db.all<{ symbol: string }>(sql`SELECT symbol FROM documents`).map((r) => r.symbol);
    expect(symbols).toContain("CCPR/C/KAZ/CO/1");
    expect(symbols.some((s) => /^E\/C\.12\/[A-Z]{3}\/CO\/\d$/.test(s))).toBe(true);
    expect(symbols.some((s) => /^A\/HRC\/\d+\/\d+$/.test(s))).toBe(true);
  });

  it("fills the derived columns exactly as refreshRecommendation computes them", () => {
    const before = new Map(t.db.all<Derived>(DERIVED).map((r) => [r.id, r]));
    // Every recommendation in a chain plus an even sample of the rest.
    const sample = [...before.keys()].filter((id, i) => i % 7 === 0 || before.get(id)!.reiterates_earlier);
    t.db.transaction((tx) => {
      for (const id of sample) refreshRecommendation(tx, id);
    });
    const after = new Map(t.db.all<Derived>(DERIVED).map((r) => [r.id, r]));
    let compared = 0;
    for (const id of before.keys()) {
      expect(after.get(id), `recommendation ${id}`).toEqual(before.get(id));
      compared++;
    }
    expect(compared).toBe(4000);
    expect(sample.length).toBeGreaterThan(500);
  });

  it("is searchable once loaded, in Cyrillic too", () => {
    const res = searchRecommendations(t.db, parseFilters({ q: "свобод" }));
    expect(res.total).toBeGreaterThan(0);
    expect(res.rows[0].snippet!.some((s) => s.hit && s.text.toLowerCase().startsWith("свобод"))).toBe(true);
    expect(() =>
      t.db.run(sql`INSERT INTO recommendation_search(recommendation_search) VALUES ('integrity-check')`),
    ).not.toThrow();
  });

  it("is the same database for the same seed", () => {
    const again = freshDb();
    try {
      withIndexesDeferred(again.db.$client, () => synthesize(again.db, { recommendations: 4000, seed: 7 }));
      const digest = (db: typeof t.db) =>
        db.get<{ h: string }>(
          sql`SELECT group_concat(id || text || COALESCE(status, '') || COALESCE(latest_stance, ''), '|') AS h
            FROM (SELECT * FROM recommendations ORDER BY id)`,
        ).h;
      expect(digest(again.db)).toBe(digest(t.db));
    } finally {
      again.close();
    }
  }, 60_000);
});
