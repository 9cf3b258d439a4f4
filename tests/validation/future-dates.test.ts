/**
 * No fact from the future: what happened (responses, grades, assessments,
 * evidence, documents, a cycle's report, session and adoption) cannot be dated
 * after today — in the DAL the forms use, the REST API and the imports.
 * Deadlines and due dates may lie ahead. The clock is fixed (lib/domain/clock.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-future-${process.pid}-${Date.now()}/test.db`;
  const actors: Partial<Record<Role, Actor>> = {};
  return { actors };
});
vi.mock("@/lib/auth/api-actor", () => ({
  getApiActor: async (req: Request) => hoisted.actors[req.headers.get("x-test-role") as Role] ?? null,
}));

const { getDb } = await import("@/db");
const { fixClock } = await import("@/lib/domain/clock");
const { call, makeActors, makeFixture } = await import("../api/support");
const { createResponse } = await import("@/lib/data/responses");
const { createAssessment } = await import("@/lib/data/assessments");
const { createGrade } = await import("@/lib/data/grades");
const { createEvidence } = await import("@/lib/data/evidence");
const { createDocument } = await import("@/lib/data/documents");
const { createCycle, updateCycle } = await import("@/lib/data/cycles");
const { ValidationError } = await import("@/lib/errors");
const { parseImportFile } = await import("@/lib/import");

const TODAY = "2026-03-15";
const TOMORROW = "2026-03-16";
const futureMessage =
  `${TOMORROW} is after today (${TODAY}): only facts that have happened are recorded here. ` +
  `Deadlines and due dates have their own fields.`;

let fx: ReturnType<typeof makeFixture>;
let editor: Actor;
beforeAll(() => {
  const all = makeActors(getDb());
  Object.assign(hoisted.actors, all);
  editor = all.editor;
  fx = makeFixture(getDb(), all.admin);
  fixClock(TODAY);
});
afterAll(() => {
  fixClock(null);
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

function refusal(fn: () => unknown): Record<string, string[]> {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.fields;
    throw e;
  }
  throw new Error("accepted");
}

describe("the data layer (every form) refuses a fact dated tomorrow, with a message that says so", () => {
  const db = () => getDb();
  it("state response, assessment, follow-up grade", () => {
    expect(
      refusal(() => createResponse(db(), editor, fx.recommendation, { date: TOMORROW, stance: "accepts" })),
    ).toEqual({
      date: [futureMessage],
    });
    expect(
      refusal(() =>
        createAssessment(db(), editor, fx.recommendation, { date: TOMORROW, status: "implemented", rationale: "x" }),
      ),
    ).toEqual({ date: [futureMessage] });
    expect(refusal(() => createGrade(db(), editor, fx.recommendation, { date: TOMORROW, grade: "B" }))).toEqual({
      date: [futureMessage],
    });
  });

  it("evidence and documents; a month or year still running is not the future", () => {
    expect(refusal(() => createEvidence(db(), editor, { kind: "law", title: "A law", date: TOMORROW }))).toEqual({
      date: [futureMessage],
    });
    expect(refusal(() => createDocument(db(), editor, { kind: "other", title: "A report", date: TOMORROW }))).toEqual({
      date: [futureMessage],
    });
    expect(() => createEvidence(db(), editor, { kind: "law", title: "This month", date: "2026-03" })).not.toThrow();
    expect(() => createDocument(db(), editor, { kind: "other", title: "This year", date: "2026" })).not.toThrow();
    expect(refusal(() => createDocument(db(), editor, { kind: "other", title: "Next year", date: "2027" }))).toEqual({
      date: [expect.stringContaining("2027 is after today (2026-03-15)")],
    });
  });

  it("a cycle's report, session and adoption dates are refused after today; its deadlines in 2030 are accepted", () => {
    const fields = refusal(() =>
      createCycle(db(), editor, {
        stateId: fx.state,
        bodyId: fx.body,
        ordinal: 7,
        reportDate: TOMORROW,
        sessionDate: TOMORROW,
        adoptionDate: TOMORROW,
      }),
    );
    expect(Object.keys(fields).sort()).toEqual(["adoptionDate", "reportDate", "sessionDate"]);
    const cycle = createCycle(db(), editor, {
      stateId: fx.state,
      bodyId: fx.body,
      ordinal: 8,
      adoptionDate: "2025-07-11",
      followUpDeadline: "2027-07-31",
      nextReportDue: "2030-07-31",
    });
    expect(cycle.nextReportDue).toBe("2030-07-31");
    expect(updateCycle(db(), editor, cycle.id, { version: cycle.version, nextReportDue: "2030" }).nextReportDue).toBe(
      "2030",
    );
  });

  it("today itself is accepted", () => {
    expect(createResponse(db(), editor, fx.recommendation, { date: TODAY, stance: "accepts" }).date).toBe(TODAY);
  });
});

describe("the REST API refuses it with 400 and the same message", () => {
  it("POST a response or an assessment, PATCH a grade, PATCH a cycle", async () => {
    for (const [method, url, body] of [
      ["POST", `/api/v1/recommendations/${fx.recommendation}/responses`, { date: TOMORROW, stance: "rejects" }],
      [
        "POST",
        `/api/v1/recommendations/${fx.recommendation}/assessments`,
        { date: TOMORROW, status: "implemented", rationale: "x" },
      ],
      ["PATCH", `/api/v1/grades/${fx.grade}`, { version: 1, date: TOMORROW }],
      ["POST", "/api/v1/evidence", { kind: "law", title: "A law", date: TOMORROW }],
      ["PATCH", `/api/v1/cycles/${fx.cycle}`, { version: 1, adoptionDate: TOMORROW }],
    ] as const) {
      const res = await call(method, url, { role: "editor", body });
      expect([url, res.status]).toEqual([url, 400]);
      expect(Object.values(res.json.error.fields as Record<string, string[]>).flat()).toEqual([futureMessage]);
    }
    const due = await call("PATCH", `/api/v1/cycles/${fx.cycle}`, {
      role: "editor",
      body: { version: 1, nextReportDue: "2030-07-15" },
    });
    expect(due.status).toBe(200);
  });
});

describe("imports refuse a file that dates a fact after today", () => {
  it("a UHRI export with a document dated tomorrow: an error naming the line and column", async () => {
    const csv = [
      "Text,Countries Concerned,Reccomending Body,Document Symbol,Document Publication Date,UPR Position,Type,OHCHR Annotation Id",
      `Ratify the Covenant.,Kazakhstan,CCPR,CCPR/C/KAZ/CO/3,${TOMORROW},,Recommendation,f1`,
    ].join("\r\n");
    const parsed = await parseImportFile(Buffer.from(csv), "uhri.csv");
    expect(parsed.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        line: 2,
        column: "Document Publication Date",
        message:
          `Line 2, column Document Publication Date: ${TOMORROW} is after today (${TODAY}): a fact cannot be dated in the future. ` +
          `Correct the date and import the file again.`,
      }),
    );
  });

  it("the tracker's CSV with a response dated tomorrow", async () => {
    const csv = [
      "Body,State code,State,Recommendation text,Latest state response,Response date",
      `CCPR,KAZ,Kazakhstan,Recognise conscientious objection.,Rejects / does not recognise,${TOMORROW}`,
    ].join("\r\n");
    const parsed = await parseImportFile(Buffer.from(csv), "tracker.csv");
    expect(parsed.format).toBe("tracker-csv");
    expect(parsed.issues.filter((i) => i.severity === "error").map((i) => i.column)).toEqual(["Response date"]);
  });
});
