import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAction } from "@/lib/data/actions";
import { listCalendarEvents } from "@/lib/data/calendar";
import { createCycleEvent } from "@/lib/data/cycle-events";
import { updateCycle } from "@/lib/data/cycles";
import { createDocument } from "@/lib/data/documents";
import { createInstitution } from "@/lib/data/institutions";
import { updateRecommendation } from "@/lib/data/recommendations-write";
import { createResponse } from "@/lib/data/responses";
import { monthGrid, periodOf } from "@/lib/calendar/periods";
import { freshDb } from "../support/db";
import { actors, foundingCase } from "../data/fixtures";

let env: ReturnType<typeof freshDb>;
let who: ReturnType<typeof actors>;
let f: ReturnType<typeof foundingCase>;
const TODAY = "2026-12-01";
beforeEach(() => {
  env = freshDb();
  who = actors(env.db);
  f = foundingCase(env.db, who.editor);
  // The cycles' deadlines as a tracker holds them (the founding case's, from CCPR/C/107/2 and CCPR/C/123/2).
  updateCycle(env.db, who.editor, f.cycle1.id, {
    followUpDeadline: "2012-07-26",
    nextReportDue: "2014-07-29",
    version: 1,
  });
  updateCycle(env.db, who.editor, f.cycle2.id, {
    followUpDeadline: "2018-07",
    nextReportDue: "2020-07-15",
    version: 1,
  });
});
afterEach(() => env.close());

const brief = (q: Parameters<typeof listCalendarEvents>[1]) =>
  listCalendarEvents(env.db, q, TODAY).events.map((e) => [e.date, e.kind, e.overdue]);

describe("the calendar", () => {
  it("derives every deadline and event from the cycles, documents and recommendations", () => {
    createDocument(env.db, who.editor, {
      symbol: "CCPR/C/KAZ/CO/1/Add.1",
      title: "Information received from Kazakhstan on follow-up",
      kind: "follow_up_report",
      date: "2012-07-27",
      cycleId: f.cycle1.id,
    });
    const events = listCalendarEvents(env.db, { state: ["KAZ"] }, TODAY).events;
    expect(events.map((e) => [e.date, e.kind, e.overdue])).toEqual([
      ["2011-07", "adoption", false],
      ["2012-07-26", "follow_up_due", false],
      ["2012-07-27", "follow_up_reply", false],
      ["2014-07-29", "report_due", false],
      ["2016-07", "adoption", false],
      // The follow-up recommendation of cycle 2 has the cycle's deadline: shown once, for the cycle.
      ["2018-07", "follow_up_due", true],
      ["2020-07-15", "report_due", true],
    ]);
    expect(events[2]).toMatchObject({
      title: "Follow-up reply received — Kazakhstan, CCPR (CCPR/C/KAZ/CO/1/Add.1)",
      state: "KAZ",
      body: "CCPR",
      cycleId: f.cycle1.id,
    });
    expect(events[1].title).toBe("Follow-up reply due — Kazakhstan, CCPR cycle 1");
  });

  it("shows a state report recorded as the cycle's report date and as a document of that day once", () => {
    updateCycle(env.db, who.editor, f.cycle2.id, { reportDate: "2015-03-02", version: 2 });
    createDocument(env.db, who.editor, {
      symbol: "CCPR/C/KAZ/2",
      title: "Second periodic report",
      kind: "state_report",
      date: "2015-03-02",
      cycleId: f.cycle2.id,
    });
    const reports = listCalendarEvents(env.db, { kind: ["state_report"] }, TODAY).events;
    expect(reports.map((e) => e.title)).toEqual(["State report or reply — Kazakhstan, CCPR (CCPR/C/KAZ/2)"]);
  });

  it("marks overdue only what the data shows as outstanding", () => {
    // A state response on the follow-up recommendation: the cycle's reply is in, not overdue.
    createResponse(env.db, who.editor, f.rec2.id, { date: "2018-09", stance: "rejects" });
    expect(brief({ kind: ["follow_up_due"] })).toEqual([
      ["2012-07-26", "follow_up_due", true],
      ["2018-07", "follow_up_due", false],
    ]);
    // A later cycle with a session: the second report was submitted, the first due date is not overdue.
    expect(brief({ kind: ["report_due"] })).toEqual([
      ["2014-07-29", "report_due", false],
      ["2020-07-15", "report_due", true],
    ]);
  });

  it("lists a recommendation's own deadline, actions' due dates and editors' cycle events, each with its link", () => {
    updateRecommendation(env.db, who.editor, f.rec2.id, { followUpDeadline: "2019-03", version: 1 });
    const mod = createInstitution(env.db, who.editor, {
      stateId: f.kaz.id,
      name: "Ministry of Defence",
      kind: "ministry",
    });
    createAction(env.db, who.editor, f.rec2.id, {
      title: "Draft a law",
      institutionIds: [mod.id],
      dueDate: "2026-11-30",
      status: "planned",
    });
    createAction(env.db, who.editor, f.rec2.id, {
      title: "Done already",
      institutionIds: [],
      dueDate: "2026",
      status: "done",
    });
    createCycleEvent(env.db, who.editor, { cycleId: f.cycle2.id, date: "2027-02-15", title: "NGO submissions due" });
    const events = listCalendarEvents(
      env.db,
      { from: "2019-01-01", kind: ["follow_up_due", "action_due", "cycle_event"] },
      TODAY,
    ).events;
    expect(events.map((e) => [e.date, e.kind, e.overdue, e.recommendationId ?? null, e.href])).toEqual([
      ["2019-03", "follow_up_due", true, f.rec2.id, `/recommendations/${f.rec2.id}`],
      ["2026", "action_due", false, f.rec2.id, `/recommendations/${f.rec2.id}`],
      ["2026-11-30", "action_due", true, f.rec2.id, `/recommendations/${f.rec2.id}`],
      ["2027-02-15", "cycle_event", false, null, "/states/KAZ"],
    ]);
    expect(events[2].title).toBe("Action due — Draft a law (Kazakhstan, CCPR)");
    expect(events[2].detail).toBe("Responsible: Ministry of Defence");
    expect(events[3].title).toBe("NGO submissions due — Kazakhstan, CCPR cycle 2");
    // Each kind on its own (the first part of the query names the columns).
    for (const kind of ["action_due", "cycle_event", "follow_up_reply", "session"] as const)
      expect(listCalendarEvents(env.db, { kind: [kind] }, TODAY).events.every((e) => e.kind === kind)).toBe(true);
    expect(brief({ kind: ["action_due"] })).toHaveLength(2);
  });

  it("takes an event whose partial date overlaps the range, and filters by state, body and kind", () => {
    // "2011-07" overlaps July 2011 and the year 2011, not June 2011.
    expect(brief({ from: "2011-07-10", to: "2011-07-10" })).toEqual([["2011-07", "adoption", false]]);
    expect(brief({ from: "2011-06-01", to: "2011-06-30" })).toEqual([]);
    expect(brief({ state: ["KGZ"] })).toEqual([]);
    expect(brief({ body: ["CCPR"], kind: ["adoption"] })).toHaveLength(2);
  });
});

describe("calendar periods", () => {
  it("reads a partial date as the whole period it names", () => {
    expect(periodOf("2014")).toEqual({ precision: "year", start: "2014-01-01", end: "2014-12-31" });
    expect(periodOf("2024-02")).toEqual({ precision: "month", start: "2024-02-01", end: "2024-02-29" });
    expect(periodOf("2014-07-29")).toEqual({ precision: "day", start: "2014-07-29", end: "2014-07-29" });
    expect(periodOf("2025-06-24/25")).toBeNull();
  });

  it("lays out a month Monday first, with the neighbouring months' days", () => {
    const weeks = monthGrid(2026, 12);
    expect(weeks[0][0]).toBe("2026-11-30");
    expect(weeks.at(-1)!.at(-1)).toBe("2027-01-03");
    expect(weeks.flat().filter((d) => d.startsWith("2026-12"))).toHaveLength(31);
  });
});

describe("the demo: the founding case's real dates, from the seeded cycle data", () => {
  it("puts Kazakhstan's follow-up and report deadlines on the calendar, none of them overdue", async () => {
    const demo = freshDb();
    try {
      const { bootstrap } = await import("@/lib/bootstrap");
      const { readConfig } = await import("@/lib/config");
      await bootstrap(
        demo.db,
        readConfig({ DATABASE_PATH: demo.file, ADMIN_PASSWORD: "demo-password", ADMIN_EMAIL: "a@b.org" }),
      );
      const events = listCalendarEvents(demo.db, { state: ["KAZ"], body: ["CCPR"] }, TODAY).events;
      const pick = (kind: string) => events.filter((e) => e.kind === kind).map((e) => [e.date, e.overdue]);
      expect(pick("follow_up_due")).toEqual([["2012-07-26", false]]);
      expect(pick("follow_up_reply")[0]).toEqual(["2012-07-27", false]);
      expect(pick("report_due")).toEqual([
        ["2014-07-29", false],
        ["2020-07-15", false],
      ]);
      expect(pick("adoption").map(([d]) => d)).toEqual(["2011-07-26", "2016-07-11", "2025-07-11"]);
      expect(pick("session").map(([d]) => d)).toContain("2025-06-24");
    } finally {
      demo.close();
    }
  });
});
