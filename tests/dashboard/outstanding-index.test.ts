/**
 * "Outstanding" is written once (lib/domain/outstanding.ts). The dashboard reads
 * it off migration 0008's partial index, which SQLite uses only when the query
 * repeats the index's WHERE: these tests keep the two in step, and check the
 * rule itself on recommendations whose every fact is known.
 */
import { sql } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { afterEach, describe, expect, it } from "vitest";
import { getYearsOutstanding } from "@/lib/data/dashboard";
import { dashboardQueries, longestOutstandingSql } from "@/lib/dashboard/sql";
import { createAssessment } from "@/lib/data/assessments";
import { addReiteration } from "@/lib/data/reiterations";
import { getRecommendationStory } from "@/lib/data/recommendation-story";
import { searchRecommendations } from "@/lib/data/search";
import { fixClock } from "@/lib/domain/clock";
import { isOutstanding, outstandingSqlText } from "@/lib/domain/outstanding";
import { parseFilters } from "@/lib/search/filters";
import { actors, foundingCase } from "../data/fixtures";
import { freshDb } from "../support/db";

const handles: { close: () => void }[] = [];
afterEach(() => {
  handles.splice(0).forEach((h) => h.close());
  fixClock(null);
});
const none = { state: [], body: [], theme: [] };
const CLOCK = { today: "2026-03-01", year: 2026 };

describe("the partial index and the rule agree", () => {
  it("the index's WHERE is the rule, as written by outstandingSqlText", () => {
    const t = freshDb();
    handles.push(t);
    const index = t.db.get<{ sql: string }>(
      sql`SELECT sql FROM sqlite_master WHERE name = 'recommendations_outstanding_since_idx'`,
    );
    expect(index.sql).toContain(`WHERE archived_at IS NULL AND ${outstandingSqlText("")}`);
  });

  it("the unfiltered years-outstanding query runs on it, and 'Longest outstanding' reads it in order", () => {
    const t = freshDb();
    handles.push(t);
    const dialect = new SQLiteSyncDialect();
    const plan = (q: ReturnType<typeof longestOutstandingSql>) => {
      const { sql: text, params } = dialect.sqlToQuery(q);
      return (t.db.$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join("\n");
    };
    // INDEXED BY fails with "no query solution" unless the WHERE implies the index's.
    expect(plan(dashboardQueries(none, CLOCK).yearsOutstanding)).toContain("recommendations_outstanding_since_idx");
    expect(plan(longestOutstandingSql(none, 10))).toContain("recommendations_outstanding_since_idx");
  });

  it("the TypeScript rule and the SQL rule give the same answer for every status", () => {
    const t = freshDb();
    handles.push(t);
    for (const status of [
      null,
      "not_implemented",
      "partially_implemented",
      "implemented",
      "regressed",
      "no_information",
    ]) {
      for (const later of [0, 1]) {
        const inSql = t.db.get<{ v: number | null }>(
          sql.raw(
            `SELECT (CASE WHEN ${outstandingSqlText("r")} THEN 1 ELSE 0 END) AS v
              FROM (SELECT ${status ? `'${status}'` : "NULL"} AS status, ${later} AS reiterated_later) r`,
          ),
        ).v;
        expect([status, later, !!inSql]).toEqual([
          status,
          later,
          isOutstanding({ status: status as never, reiteratedLater: later }),
        ]);
      }
    }
  });
});

describe("outstanding follows the findings", () => {
  it("not assessed: outstanding only once a later recommendation reiterates it; then from its own year", () => {
    fixClock("2026-03-01");
    const t = freshDb();
    handles.push(t);
    const { editor } = actors(t.db);
    const fc = foundingCase(t.db, editor);
    const story = (id: number) => getRecommendationStory(t.db, id)!;
    expect(story(fc.rec1.id)).toMatchObject({ status: null, outstandingSince: null, yearsOutstanding: null });

    addReiteration(t.db, editor, fc.rec2.id, { earlierId: fc.rec1.id });
    // The Committee's own finding: it asked again in 2016.
    expect(story(fc.rec1.id)).toMatchObject({ status: null, outstandingSince: 2011, yearsOutstanding: 15 });
    // The later one is not assessed and nothing reiterates it: what is known, not "outstanding".
    expect(story(fc.rec2.id)).toMatchObject({ status: null, outstandingSince: null, yearsOutstanding: null });
    expect(getYearsOutstanding(t.db, none, CLOCK).total).toBe(1);

    createAssessment(t.db, editor, fc.rec2.id, {
      date: "2024",
      status: "partially_implemented",
      rationale: "Some steps.",
    });
    expect(story(fc.rec2.id)).toMatchObject({ outstandingSince: 2011, yearsOutstanding: 15 });
    const list = searchRecommendations(t.db, parseFilters(new URLSearchParams("outstanding=1&sort=outstanding")));
    expect(list.rows.map((r) => [r.id, r.yearsOutstanding])).toEqual([
      [fc.rec1.id, 15],
      [fc.rec2.id, 15],
    ]);

    createAssessment(t.db, editor, fc.rec1.id, { date: "2025", status: "implemented", rationale: "Law passed." });
    expect(story(fc.rec1.id)).toMatchObject({ outstandingSince: null, yearsOutstanding: null });
  });
});
