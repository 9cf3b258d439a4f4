import { getAlpha3Codes } from "i18n-iso-countries";
import type { DB } from "@/db";
import { users } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";
import { createAssessment } from "@/lib/data/assessments";
import { createBody } from "@/lib/data/bodies";
import { createCycle } from "@/lib/data/cycles";
import { createDocument } from "@/lib/data/documents";
import { createEvidence } from "@/lib/data/evidence";
import { createGrade } from "@/lib/data/grades";
import { createAction } from "@/lib/data/actions";
import { createInstitution } from "@/lib/data/institutions";
import { createCycleEvent } from "@/lib/data/cycle-events";
import { createRecommendation } from "@/lib/data/recommendations-write";
import { addReiteration } from "@/lib/data/reiterations";
import { createResponse } from "@/lib/data/responses";
import { createState } from "@/lib/data/states";
import { createTag } from "@/lib/data/tags";
import type { FixtureIds } from "./mutation-routes";

export function makeActors(db: DB): Record<Role, Actor> {
  const make = (role: Role): Actor => {
    const row = db
      .insert(users)
      .values({ email: `${role}@example.org`, name: `The ${role}`, role, passwordHash: "unused" })
      .returning()
      .get();
    return { id: row.id, email: row.email, name: row.name, role };
  };
  return { admin: make("admin"), editor: make("editor"), viewer: make("viewer") };
}

// Fixture states take codes from the end of the ISO list; example bodies use codes from the start.
const codes = Object.keys(getAlpha3Codes()).sort().reverse();
let n = 0;

/** A fresh set of records, every one at version 1, so each mutation can run against untouched rows. */
export function makeFixture(db: DB, admin: Actor): FixtureIds {
  n++;
  const state = createState(db, admin, { code: codes[n], name: `Fixture state ${n}` });
  const body = createBody(db, admin, { code: `FX-${n}`, name: `Fixture body ${n}`, kind: "treaty_body" });
  const cycle = createCycle(db, admin, { stateId: state.id, bodyId: body.id, ordinal: 1, adoptionDate: "2016-07" });
  const document = createDocument(db, admin, {
    title: `Fixture report ${n}`,
    kind: "other",
    date: "2016-08-09",
    cycleId: cycle.id,
  });
  const earlier = createRecommendation(db, admin, { cycleId: cycle.id, text: "Earlier recommendation." });
  const recommendation = createRecommendation(db, admin, {
    cycleId: cycle.id,
    documentId: document.id,
    paragraph: "46",
    text: "Recognise conscientious objection.",
  });
  const linkedA = createRecommendation(db, admin, { cycleId: cycle.id, text: "Linked A." });
  const linkedB = createRecommendation(db, admin, { cycleId: cycle.id, text: "Linked B." });
  const reiteration = addReiteration(db, admin, linkedB.id, { earlierId: linkedA.id });
  const evidence = createEvidence(db, admin, { kind: "law", title: `Fixture law ${n}` });
  const tag = createTag(db, admin, { kind: "theme", name: `Fixture theme ${n}` });
  const response = createResponse(db, admin, recommendation.id, { date: "2018", stance: "partially_accepts" });
  const grade = createGrade(db, admin, recommendation.id, { date: "2019", grade: "B2" });
  const assessment = createAssessment(db, admin, recommendation.id, {
    date: "2020",
    status: "not_implemented",
    rationale: "No law.",
  });
  const institution = createInstitution(db, admin, { stateId: state.id, name: `Ministry ${n}`, kind: "ministry" });
  const action = createAction(db, admin, recommendation.id, {
    title: "Draft a law",
    institutionIds: [institution.id],
    status: "planned",
  });
  const cycleEvent = createCycleEvent(db, admin, { cycleId: cycle.id, date: "2027-02", title: "NGO submissions due" });
  return {
    cycleEvent: cycleEvent.id,
    institution: institution.id,
    action: action.id,
    state: state.id,
    body: body.id,
    cycle: cycle.id,
    document: document.id,
    recommendation: recommendation.id,
    earlierRecommendation: earlier.id,
    evidence: evidence.id,
    tag: tag.id,
    response: response.id,
    grade: grade.id,
    assessment: assessment.id,
    reiteration: reiteration.id,
  };
}

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls the route module that serves `url` in-process, as Next.js would (params as a Promise). */
export async function call(
  method: string,
  url: string,
  init: { role?: Role | null; body?: unknown; headers?: Record<string, string>; rawBody?: string } = {},
) {
  const u = new URL(url, "http://localhost");
  const segments = u.pathname
    .replace(/^\/api\/v1\/?/, "")
    .split("/")
    .filter(Boolean);
  const params: Record<string, string> = {};
  // The second segment is the record id, except under /me (the caller's own records) and /me/follows/{id}.
  const dirs = segments.map((s, i) =>
    (segments[0] === "me" ? i === 2 : i === 1 && s !== "openapi.json") ? ((params.id = s), "[id]") : s,
  );
  const mod = (await import(/* @vite-ignore */ `../../app/api/v1/${dirs.join("/")}/route.ts`)) as Record<
    string,
    Handler
  >;
  const fn = mod[method];
  if (!fn) throw new Error(`no ${method} handler for ${u.pathname}`);
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.role) headers["x-test-role"] = init.role;
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers["content-type"] ??= "application/json";
  }
  const res = await fn(new Request(u, { method, headers, body }), { params: Promise.resolve(params) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}
