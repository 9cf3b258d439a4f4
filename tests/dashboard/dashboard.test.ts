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
import { listLongestOutstanding } from "@/lib/data/overview";
import { freshDb } from "../support/db";
import { CLOCK, seedDashboardFixture } from "./fixture";

/*
 * Hand-computed from tests/dashboard/fixture.ts (clock: 2026-03-01).
 *
 *  n state body year status        stance            grade  follow-up  since  themes
 *  1 KAZ   CCPR 2011 not_impl      —                 —      —          2011   religion
 *  2 KAZ   CCPR 2016 not_impl      rejects           C      2018-07    2011   religion        (reiterates 1)
 *  3 KAZ   CCPR 2016 —             —                 —      2018 (overdue)    religion, detention
 *  4 KAZ   CAT  2014 implemented   accepts           B→A    —                 torture
 *  5 KAZ   CAT  2014 regressed     no_response       —      2026-03 (due end of March: not yet)  torture, detention
 *  6 UZB   CCPR 2020 partial       partially_accepts —      2021-05-01 (answered)                religion
 *  7 UZB   CCPR 2020 not_impl      no_response       D      2022-01 (overdue)  2020
 *  8 UZB   CCPR 2020 no_info       no_information    —      —
 *  9 archived — never counted
 * 10 KAZ   CCPR 2016 —             —                 B      2019 (graded B: the state replied, not overdue)
 * 11 UZB   CCPR 2020 —             —                 —      cycle's 2021-06 (overdue)
 */
const none: DashboardFilters = { state: [], body: [], theme: [] };
let db: DB;
let close: () => void;
let idOf: Map<number, number>;

beforeAll(() => {
  ({ db, close } = freshDb());
  idOf = seedDashboardFixture(db);
});
afterAll(() => close());

describe("dashboard aggregates on a hand-computed fixture", () => {
  it("KPI summary: totals, responses, status shares, reiterated, overdue follow-ups", () => {
    expect(getSummary(db, none, CLOCK)).toMatchObject({
      total: 10,
      responded: 4, // 2, 4, 6, 8 — "no response" (5, 7) is not a response
      counts: {
        not_implemented: 3,
        regressed: 1,
        partially_implemented: 1,
        implemented: 1,
        no_information: 1,
        none: 3,
      },
      reiterated: 1,
      overdue: 3, // 3 (nothing recorded), 7 (latest stance "no response", grade D), 11 (its cycle's deadline)
    });
  });

  it("a follow-up due in the current month is not overdue until the month ends", () => {
    expect(getSummary(db, { ...none, state: ["KAZ"], body: ["CAT"] }, CLOCK).overdue).toBe(0);
    expect(
      getSummary(db, { ...none, state: ["KAZ"], body: ["CAT"] }, { today: "2026-04-01", year: 2026 }).overdue,
    ).toBe(1);
  });

  it("status by body", () => {
    expect(getStatusByBody(db, none, CLOCK)).toEqual([
      {
        key: "CAT",
        label: "Committee against Torture",
        total: 2,
        counts: {
          not_implemented: 0,
          regressed: 1,
          partially_implemented: 0,
          implemented: 1,
          no_information: 0,
          none: 0,
        },
      },
      {
        key: "CCPR",
        label: "Human Rights Committee",
        total: 8,
        counts: {
          not_implemented: 3,
          regressed: 0,
          partially_implemented: 1,
          implemented: 0,
          no_information: 1,
          none: 3,
        },
      },
    ]);
  });

  it("status by theme, largest first, ties by name", () => {
    const rows = getStatusByTheme(db, none, CLOCK);
    expect(rows.map((r) => [r.key, r.total])).toEqual([
      ["Freedom of religion", 4],
      ["Detention", 2],
      ["Torture", 2],
    ]);
    expect(rows[0].counts).toMatchObject({ not_implemented: 2, none: 1, partially_implemented: 1 });
    expect(rows[1].counts).toMatchObject({ none: 1, regressed: 1 });
  });

  it("status by theme keeps only the ten largest themes", () => {
    const { db: big, close: closeBig } = freshDb();
    try {
      const ids = seedDashboardFixture(big);
      const rec = ids.get(1)!;
      const extraThemes = Array.from({ length: 12 }, (_, i) => `('theme', 'Extra ${String(i).padStart(2, "0")}')`);
      big.$client.exec(`INSERT INTO tags (kind, name) VALUES ${extraThemes.join(", ")}`);
      big.$client.exec(
        `INSERT INTO recommendation_tags (recommendation_id, tag_id) SELECT ${rec}, id FROM tags WHERE name LIKE 'Extra %'`,
      );
      const rows = getStatusByTheme(big, none, CLOCK);
      expect(rows).toHaveLength(10);
      expect(rows.slice(0, 3).map((r) => r.key)).toEqual(["Freedom of religion", "Detention", "Torture"]);
      expect(rows[9].key).toBe("Extra 06");
    } finally {
      closeBig();
    }
  });

  it("status by year of issue", () => {
    const rows = getStatusByYear(db, none, CLOCK);
    expect(rows.map((r) => [r.key, r.total])).toEqual([
      ["2011", 1],
      ["2014", 2],
      ["2016", 3],
      ["2020", 4],
    ]);
    expect(rows[2].counts).toMatchObject({ not_implemented: 1, none: 2 });
    expect(rows[3].counts).toMatchObject({ partially_implemented: 1, not_implemented: 1, no_information: 1, none: 1 });
  });

  it("years outstanding of outstanding recommendations: exact median and five-year bars", () => {
    // Outstanding (lib/domain/outstanding.ts): 1 (since 2011 → 15), 2 (chain from 2011 → 15), 5 regressed
    // (2014 → 12), 6 partially implemented (2020 → 6), 7 (2020 → 6). 3, 10 and 11 are not assessed and
    // not reiterated, 8 is "no information", 4 implemented: none of them is outstanding.
    expect(getYearsOutstanding(db, none, CLOCK)).toEqual({
      total: 5,
      median: 12,
      buckets: [
        { from: 0, to: 4, n: 0 },
        { from: 5, to: 9, n: 2 },
        { from: 10, to: 14, n: 1 },
        { from: 15, to: 19, n: 2 },
      ],
    });
    expect(getYearsOutstanding(db, { ...none, state: ["UZB"] }, CLOCK).median).toBe(6);
  });

  it("follow-up grades count the latest grade only, A to E", () => {
    expect(getGrades(db, none, CLOCK)).toEqual([
      { grade: "A", n: 1 },
      { grade: "B", n: 1 },
      { grade: "C", n: 1 },
      { grade: "D", n: 1 },
      { grade: "E", n: 0 },
    ]);
  });

  it("state responses by latest stance, with nothing recorded as its own bar", () => {
    expect(getStances(db, none, CLOCK)).toEqual([
      { stance: "accepts", n: 1 },
      { stance: "partially_accepts", n: 1 },
      { stance: "noted", n: 0 },
      { stance: "rejects", n: 1 },
      { stance: "no_information", n: 1 },
      { stance: "no_response", n: 2 },
      { stance: "none", n: 4 },
    ]);
  });
});

describe("filters: AND across facets, OR within one", () => {
  const total = (f: Partial<DashboardFilters>) => getSummary(db, { ...none, ...f }, CLOCK).total;

  it("by state, body, theme and year range", () => {
    expect(total({ state: ["KAZ"] })).toBe(6);
    expect(total({ state: ["KAZ", "UZB"] })).toBe(10);
    expect(total({ body: ["CAT"] })).toBe(2);
    expect(total({ theme: ["Freedom of religion"] })).toBe(4);
    expect(total({ theme: ["Detention", "Torture"] })).toBe(3); // 3, 4, 5 — 5 carries both, counted once
    expect(total({ from: 2014, to: 2016 })).toBe(5);
    expect(total({ from: 2016 })).toBe(7);
    expect(total({ state: ["KAZ"], theme: ["Detention"] })).toBe(2);
    expect(total({ state: ["UZB"], body: ["CAT"] })).toBe(0);
  });

  it("every chart honours the filters", () => {
    const f = { ...none, state: ["KAZ"], theme: ["Detention"] };
    expect(getStatusByBody(db, f, CLOCK).map((r) => [r.key, r.total])).toEqual([
      ["CAT", 1],
      ["CCPR", 1],
    ]);
    expect(getStances(db, f, CLOCK).filter((s) => s.n > 0)).toEqual([
      { stance: "no_response", n: 1 },
      { stance: "none", n: 1 },
    ]);
    expect(getYearsOutstanding(db, f, CLOCK).total).toBe(1);
  });

  it("an empty result gives zeros, no median and no bars", () => {
    const f = { ...none, state: ["UZB"], body: ["CAT"] };
    expect(getSummary(db, f, CLOCK).counts.not_implemented).toBe(0);
    expect(getYearsOutstanding(db, f, CLOCK)).toEqual({ total: 0, median: null, buckets: [] });
    expect(getStatusByTheme(db, f, CLOCK)).toEqual([]);
  });
});

describe("theme chart under a theme filter", () => {
  it("shows only the chosen themes, so each row is exactly the list for that theme", () => {
    const rows = getStatusByTheme(db, { ...none, theme: ["Detention", "Freedom of religion"] }, CLOCK);
    expect(rows.map((r) => [r.key, r.total])).toEqual([
      ["Freedom of religion", 4],
      ["Detention", 2],
    ]);
  });
});

describe("longest outstanding", () => {
  const numbers = (f: Partial<DashboardFilters>, limit = 10) => {
    const n = new Map([...idOf].map(([k, v]) => [v, k]));
    return listLongestOutstanding(db, { ...none, ...f }, limit).map((r) => n.get(r.id));
  };

  it("lists outstanding recommendations only, a chain by its latest outstanding link, oldest first", () => {
    // 1 is left out (2, outstanding too, reiterates it), 4 is implemented, 8 "no information", 9 archived;
    // 3 and 10 (2016) and 11 (2020) are not assessed and nothing reiterates them: not outstanding.
    expect(numbers({})).toEqual([2, 5, 6, 7]);
    expect(numbers({}, 3)).toEqual([2, 5, 6]);
  });

  it("follows the dashboard's filters", () => {
    expect(numbers({ state: ["UZB"] })).toEqual([6, 7]);
    expect(numbers({ state: ["KAZ"], theme: ["Detention"] })).toEqual([5]);
    expect(numbers({ body: ["CAT"] })).toEqual([5]);
    expect(numbers({ from: 2016, to: 2016 })).toEqual([2]);
  });
});

describe("status by theme, counted from the links' copies (migration 0006)", () => {
  it("stays equal to counting through the recommendations as statuses change and recommendations are archived and restored", async () => {
    const { SYSTEM_ACTOR } = await import("@/lib/auth/roles");
    const { createAssessment } = await import("@/lib/data/assessments");
    const { archiveRecommendation, restoreRecommendation, getRecommendationDTO } =
      await import("@/lib/data/recommendations-write");
    const t = freshDb();
    try {
      const ids = seedDashboardFixture(t.db);
      // from: 1900 keeps every fixture row but makes the query join the recommendations instead of reading the copies.
      const throughRecommendations = () => getStatusByTheme(t.db, { ...none, from: 1900 }, CLOCK);
      const fromCopies = () => getStatusByTheme(t.db, none, CLOCK);
      expect(fromCopies()).toEqual(throughRecommendations());

      createAssessment(t.db, SYSTEM_ACTOR, ids.get(3)!, {
        date: "2025-02-01",
        status: "implemented",
        rationale: "Law changed.",
      });
      expect(fromCopies().find((r) => r.key === "Detention")!.counts).toMatchObject({ implemented: 1, none: 0 });
      expect(fromCopies()).toEqual(throughRecommendations());

      const six = ids.get(6)!;
      archiveRecommendation(t.db, SYSTEM_ACTOR, six, { version: getRecommendationDTO(t.db, six)!.version });
      expect(fromCopies().find((r) => r.key === "Freedom of religion")!.total).toBe(3);
      expect(fromCopies()).toEqual(throughRecommendations());

      restoreRecommendation(t.db, SYSTEM_ACTOR, six, { version: getRecommendationDTO(t.db, six)!.version });
      expect(fromCopies().find((r) => r.key === "Freedom of religion")!.total).toBe(4);
      expect(fromCopies()).toEqual(throughRecommendations());
    } finally {
      t.close();
    }
  });
});
