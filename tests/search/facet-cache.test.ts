import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDb } from "../support/db";
import { openDatabase } from "@/db";
import { recommendations } from "@/db/schema";
import { facetCounts, searchRecommendations } from "@/lib/data/search";
import { parseFilters } from "@/lib/search/filters";
import { CO, insertFixture, NOW } from "./fixture";

// facetCounts and the list total are reused while the database is unchanged
// (lib/data/search.ts `cached`); a write must show at once, whoever makes it.
const t = freshDb();
let ids: Record<string, number>;
beforeAll(() => {
  ids = insertFixture(t.db);
});
afterAll(() => t.close());

const all = parseFilters({});
const kaz = (db = t.db) => facetCounts(db, all, { now: NOW }).state.find((s) => s.value === "KAZ")?.count;
const total = (db = t.db) => searchRecommendations(db, all, { now: NOW }).total;
const setArchived = (db: typeof t.db, id: number, at: Date | null) =>
  db.update(recommendations).set({ archivedAt: at }).where(eq(recommendations.id, id)).run();

describe("reused counts", () => {
  it("see a write on the same connection at once", () => {
    expect([kaz(), total()]).toEqual([3, 6]);
    setArchived(t.db, ids.r1, new Date("2025-01-01T00:00:00Z"));
    expect([kaz(), total()]).toEqual([2, 5]);
    setArchived(t.db, ids.r1, null);
    expect([kaz(), total()]).toEqual([3, 6]);
  });

  it("see a commit from another connection (another process) at once", () => {
    expect(kaz()).toBe(3);
    const other = openDatabase(t.file);
    try {
      setArchived(other, ids.r2, new Date("2025-01-01T00:00:00Z"));
      expect([kaz(), total()]).toEqual([2, 5]);
      expect(
        facetCounts(t.db, parseFilters({ theme: CO }), { now: NOW }).theme.find((v) => v.value === CO)?.count,
      ).toBe(1);
      setArchived(other, ids.r2, null);
      expect([kaz(), total()]).toEqual([3, 6]);
    } finally {
      other.$client.close();
    }
  });

  it("never keep what a rolled-back transaction showed", () => {
    expect(kaz()).toBe(3);
    expect(() =>
      t.db.transaction((tx) => {
        setArchived(tx as unknown as typeof t.db, ids.r3, new Date("2025-01-01T00:00:00Z"));
        expect(facetCounts(tx, all, { now: NOW }).state.find((s) => s.value === "KAZ")?.count).toBe(2);
        expect(kaz()).toBe(2);
        throw new Error("roll back");
      }),
    ).toThrow("roll back");
    expect([kaz(), total()]).toEqual([3, 6]);
  });

  it("are counted again on another day (overdue depends on the date)", () => {
    expect(facetCounts(t.db, all, { now: NOW }).overdue).toBe(2);
    // Before r1's deadline (end of 2012) and r5's (June 2017) neither is overdue yet.
    expect(facetCounts(t.db, all, { now: new Date("2012-06-01T00:00:00Z") }).overdue).toBe(0);
  });

  it("hand out copies, so a caller changing its result cannot change the next one", () => {
    const first = facetCounts(t.db, all, { now: NOW });
    first.state.length = 0;
    first.reiterated = 99;
    const again = facetCounts(t.db, all, { now: NOW });
    expect(again.state.length).toBeGreaterThan(0);
    expect(again.reiterated).toBe(1);
  });

  it("give the same counts with and without reuse", () => {
    for (const q of [{}, { body: "CCPR" }, { q: "freedom", state: "KAZ" }]) {
      const f = parseFilters(q);
      expect(facetCounts(t.db, f, { now: NOW })).toEqual(facetCounts(t.db, f, { now: NOW, cache: false }));
    }
  });
});
