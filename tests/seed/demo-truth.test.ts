/**
 * What the demo tracker says, tried as a new user would on a fresh start: the
 * founding case and Kazakhstan's 318 UPR recommendations, through the pages'
 * data layer, the REST API, the exports and the PDF report.
 */
import { sql } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { removeDemo, seedDemo } from "../support/seeded-demo";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-demo-truth-${process.pid}-${Date.now()}/test.db`;
  const actors: Partial<Record<Role, Actor>> = {};
  return { actors };
});
vi.mock("@/lib/auth/api-actor", () => ({
  getApiActor: async (req: Request) => hoisted.actors[req.headers.get("x-test-role") as Role] ?? null,
}));

const { getDb } = await import("@/db");
const { call, makeActors } = await import("../api/support");
const { getSummary, getYearsOutstanding } = await import("@/lib/data/dashboard");
const { listLongestOutstanding } = await import("@/lib/data/overview");
const { getRecommendationStory } = await import("@/lib/data/recommendation-story");
const { cyclesForBody, cyclesForState, getBodyByCode, getStateByCode } = await import("@/lib/data/state-pages");
const { exportRows } = await import("@/lib/data/export");
const { getStateReport } = await import("@/lib/data/report");
const { renderStateReportPdf } = await import("@/lib/export/pdf");
const { parseFilters } = await import("@/lib/search/filters");
const { currentYear } = await import("@/lib/domain/clock");

const none = { state: [], body: [], theme: [] };
const db = () => getDb();
const idOf = (where: string) =>
  db().get<{ id: number }>(
    sql.raw(`SELECT r.id FROM recommendations r LEFT JOIN documents d ON d.id = r.document_id WHERE ${where}`),
  ).id;

let co1: number;
let co2: number;
beforeAll(async () => {
  await seedDemo();
  Object.assign(hoisted.actors, makeActors(db()));
  co1 = idOf("d.symbol = 'CCPR/C/KAZ/CO/1' AND r.paragraph = '23'");
  co2 = idOf("d.symbol = 'CCPR/C/KAZ/CO/2' AND r.subject LIKE 'Conscientious objection%'");
});
afterAll(removeDemo);

describe("UPR positions are the state's responses", () => {
  it("the dashboard's 'With a state response' counts them: about 99% of the demo", () => {
    const s = getSummary(db(), none);
    expect(s.total).toBe(321);
    // Every UPR recommendation has its position; of the three CCPR ones, only CO/2's has the 2024 reply.
    expect(s.responded).toBe(319);
    expect(s.stances.find((x) => x.stance === "noted")!.n).toBeGreaterThan(0);
    expect(s.stances.find((x) => x.stance === "accepts")!.n).toBeGreaterThan(0);
  });

  it("a Noted recommendation's latest stance is noted, dated by its session's year, with the position as written", async () => {
    const noted = idOf("r.upr_position = 'noted' ORDER BY r.id LIMIT 1");
    const res = await call("GET", `/api/v1/recommendations/${noted}`, { role: "viewer" });
    expect(res.status).toBe(200);
    const story = res.json.data;
    expect(story.latestStance).toBe("noted");
    expect(story.responses).toHaveLength(1);
    expect(story.responses[0]).toMatchObject({
      stance: "noted",
      quote: story.uprPositionRaw,
      date: String(story.year),
    });
    const list = await call("GET", "/api/v1/recommendations?state=KAZ&body=UPR&stance=noted&per=1", { role: "viewer" });
    expect(list.json.total).toBeGreaterThan(0);
  });
});

describe("claims follow findings", () => {
  it("no API answer gives an unassessed, unreiterated recommendation years outstanding", async () => {
    const upr = await call("GET", "/api/v1/recommendations?state=KAZ&body=UPR&per=100", { role: "viewer" });
    expect(upr.json.total).toBe(318);
    expect(upr.json.data.every((r: { yearsOutstanding: unknown }) => r.yearsOutstanding === null)).toBe(true);
    const one = await call("GET", `/api/v1/recommendations/${upr.json.data[0].id}`, { role: "viewer" });
    expect(one.json.data).toMatchObject({ status: null, outstandingSince: null, yearsOutstanding: null });
    const outstanding = await call("GET", "/api/v1/recommendations?outstanding=1&sort=outstanding", { role: "viewer" });
    expect(outstanding.json.data.map((r: { id: number }) => r.id).sort()).toEqual([co1, co2].sort());
  });

  it("the founding case still reads 'Outstanding since 2011', both links of its chain", async () => {
    for (const id of [co1, co2]) {
      const res = await call("GET", `/api/v1/recommendations/${id}`, { role: "viewer" });
      expect(res.json.data).toMatchObject({ outstandingSince: 2011, yearsOutstanding: currentYear() - 2011 });
    }
  });

  it("the dashboard's years outstanding and 'Longest outstanding' hold the founding case only", () => {
    expect(getYearsOutstanding(db(), none).total).toBe(2);
    // The chain is shown once, by its latest outstanding link.
    expect(listLongestOutstanding(db(), none).map((r) => r.id)).toEqual([co2]);
  });

  it("the exports and the report say 'outstanding since' for the founding case only", async () => {
    const rows = [...exportRows(db(), parseFilters(new URLSearchParams("state=KAZ")))];
    expect(rows).toHaveLength(321);
    expect(rows.filter((r) => r.outstandingSince !== null).map((r) => [r.id, r.outstandingSince])).toEqual(
      expect.arrayContaining([
        [co1, 2011],
        [co2, 2011],
      ]),
    );
    expect(rows.filter((r) => r.outstandingSince !== null)).toHaveLength(2);

    const report = getStateReport(db(), "KAZ", parseFilters(new URLSearchParams("")))!;
    expect(
      report.recommendations
        .filter((r) => r.outstandingSince !== null)
        .map((r) => r.id)
        .sort(),
    ).toEqual([co1, co2].sort());
    expect(report.kpis.withResponse).toBe(319);
    const pdf = await getDocumentProxy(new Uint8Array(await renderStateReportPdf(report)));
    const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
    expect(text).toContain("Outstanding since 2011");
    expect(text).not.toMatch(/Outstanding since (?!2011)\d{4}/);
  });
});

describe("the founding case with the UN record's facts", () => {
  it("cycles carry their dates, follow-up paragraphs and deadlines; CO/3 is listed without recommendations", () => {
    const kaz = getStateByCode(db(), "KAZ");
    const ccpr = cyclesForState(db(), kaz.id).filter((c) => c.bodyCode === "CCPR");
    expect(
      ccpr.map((c) => [c.ordinal, c.adoptionDate, c.followUpDeadline, c.nextReportDue, c.followUpParagraphs]),
    ).toEqual([
      [1, "2011-07-26", "2012-07-26", "2014-07-29", "7, 21, 25, 26"],
      [2, "2016-07-11", null, "2020-07-15", "18, 24, 54"],
      [3, "2025-07-11", null, null, null],
    ]);
    expect(ccpr[2]).toMatchObject({
      sessionDate: "2025-06-24",
      recommendations: 0,
      outcomeSymbols: ["CCPR/C/KAZ/CO/3"],
    });
    // The reply to CO/1 arrived and the second report came: neither deadline is overdue.
    expect(ccpr[0]).toMatchObject({ followUpReplyReceived: true, nextReportReceived: true });
    // The body's page lists the same cycles, named by state.
    const ccprCycles = cyclesForBody(db(), getBodyByCode(db(), "CCPR").id).filter((c) => c.stateCode === "KAZ");
    expect(ccprCycles.map((c) => [c.stateName, c.ordinal, c.followUpDeadline])).toEqual(
      ccpr.map((c) => ["Kazakhstan", c.ordinal, c.followUpDeadline]),
    );
    const docs = db().all<{ symbol: string | null; kind: string; date: string }>(
      sql`SELECT symbol, kind, date FROM documents
        WHERE kind IN ('follow_up_report', 'follow_up_assessment', 'concluding_observations')
          AND state_id = ${kaz.id} AND body_id = (SELECT id FROM bodies WHERE code = 'CCPR') ORDER BY date`,
    );
    expect(docs).toEqual([
      { symbol: "CCPR/C/KAZ/CO/1", kind: "concluding_observations", date: "2011-08-19" },
      { symbol: null, kind: "follow_up_report", date: "2012-07-27" },
      { symbol: "CCPR/C/107/2", kind: "follow_up_assessment", date: "2013-03" },
      { symbol: "CCPR/C/KAZ/CO/2", kind: "concluding_observations", date: "2016-07-11" },
      { symbol: "CCPR/C/KAZ/CO/2/Add.1", kind: "follow_up_report", date: "2016-12-07" },
      { symbol: "CCPR/C/KAZ/CO/2/Add.2", kind: "follow_up_report", date: "2017-04-18" },
      { symbol: "CCPR/C/123/2", kind: "follow_up_assessment", date: "2018-07" },
      { symbol: "CCPR/C/KAZ/CO/3", kind: "concluding_observations", date: "2025-09-03" },
    ]);
  });

  it("records no text for the follow-up paragraphs it does not hold, and says para. 23 was not selected", () => {
    const ccpr = db().all<{ paragraph: string | null }>(
      sql`SELECT r.paragraph FROM recommendations r JOIN bodies b ON b.id = r.body_id WHERE b.code = 'CCPR' ORDER BY r.id`,
    );
    expect(ccpr).toEqual([{ paragraph: "23" }, { paragraph: null }, { paragraph: null }]);
    const story = getRecommendationStory(db(), co1)!;
    expect(story.chain.find((l) => l.id === co1)).toMatchObject({
      followUp: "not_selected",
      followUpParagraphs: "7, 21, 25, 26",
    });
    // CO/2's conscientious-objection paragraph number is not in the sources: whether it was selected is not known.
    expect(story.chain.find((l) => l.id === co2)!.followUp).toBeNull();
  });
});
