import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db";
import { getSummary } from "@/lib/data/dashboard";
import { facetCounts, searchRecommendations } from "@/lib/data/search";
import { isOverdue } from "@/lib/deadlines";
import { parseFilters } from "@/lib/search/filters";
import { freshDb } from "../support/db";
import { seedDashboardFixture } from "./fixture";

/*
 * "Overdue follow-up" is defined once (lib/domain/predicates.ts). The dashboard's
 * KPI, the list's `overdue=1` filter, its facet count, each row's flag and the
 * TypeScript rule the cycle timeline uses must give the same answer on every
 * day — above all on the days a partial deadline ends: "2018" is due at the end
 * of 2018, "2022-01" at the end of January (tests/dashboard/fixture.ts).
 */
let db: DB;
let close: () => void;

beforeAll(() => {
  ({ db, close } = freshDb());
  seedDashboardFixture(db);
});
afterAll(() => close());

const DAYS: [today: string, overdue: number][] = [
  ["2018-12-31", 0], // n3's "2018" runs to the last day of the year
  ["2019-01-01", 1], // n3
  ["2021-06-30", 1], // n11's cycle deadline "2021-06" runs to the month's end
  ["2021-07-01", 2], // n3, n11
  ["2022-01-31", 2],
  ["2022-02-01", 3], // n7's "2022-01" has ended
  ["2026-03-31", 3], // n5's "2026-03": not before April
  ["2026-04-01", 4], // n3, n5, n7, n11 — n10 was graded B, n2 was answered
];

describe("overdue follow-up means the same on the dashboard, in the list and on the timeline", () => {
  it.each(DAYS)("on %s: %i overdue everywhere", (today, expected) => {
    const now = new Date(`${today}T12:00:00Z`);
    const dashboard = getSummary(db, { state: [], body: [], theme: [] }, { today, year: Number(today.slice(0, 4)) });
    const list = searchRecommendations(db, parseFilters({ overdue: "1", per: "100" }), { now });
    const facet = facetCounts(db, parseFilters({}), { now }).overdue;
    const flagged = searchRecommendations(db, parseFilters({ per: "100" }), { now }).rows.filter((r) => r.overdue);

    expect(dashboard.overdue).toBe(expected);
    expect(list.total).toBe(expected);
    expect(facet).toBe(expected);
    expect(flagged.map((r) => r.id).sort()).toEqual(list.rows.map((r) => r.id).sort());
    // The row's deadline in force, read by the TypeScript rule, agrees for every overdue row.
    for (const r of list.rows) expect(isOverdue(r.followUpDeadline, today)).toBe(true);
  });
});
