/**
 * `archived=1` on the list, the API and the exports (editors and admins only),
 * and the earlier-recommendation search behind the reiteration form's picker.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-archived-${process.pid}-${Date.now()}/test.db`;
  const actors: Partial<Record<Role, Actor>> = {};
  return { actors };
});
vi.mock("@/lib/auth/api-actor", () => ({
  getApiActor: async (req: Request) => hoisted.actors[req.headers.get("x-test-role") as Role] ?? null,
}));

const { getDb } = await import("@/db");
const { call, makeActors } = await import("./support");
const { foundingCase } = await import("../data/fixtures");
const { archiveRecommendation, createRecommendation } = await import("@/lib/data/recommendations-write");
const { createDocument } = await import("@/lib/data/documents");
const { createCycle } = await import("@/lib/data/cycles");
const { searchRecommendations, facetCounts } = await import("@/lib/data/search");
const { searchEarlierRecommendations } = await import("@/lib/data/recommendation-options");
const { reiterationCandidates } = await import("@/lib/data/reiteration-candidates");
const { parseFilters, filtersToQueryString } = await import("@/lib/search/filters");

let fc: ReturnType<typeof foundingCase>;
let cycle3: number;
let later: number;
beforeAll(() => {
  const all = makeActors(getDb());
  Object.assign(hoisted.actors, all);
  fc = foundingCase(getDb(), all.editor);
  archiveRecommendation(getDb(), all.admin, fc.rec1.id, { version: fc.rec1.version });
  const c3 = createCycle(getDb(), all.editor, {
    stateId: fc.kaz.id,
    bodyId: fc.ccpr.id,
    ordinal: 3,
    adoptionDate: "2025-07-11",
  });
  cycle3 = c3.id;
  const co3 = createDocument(getDb(), all.editor, {
    symbol: "CCPR/C/KAZ/CO/3",
    title: "Concluding observations (2025)",
    kind: "concluding_observations",
    date: "2025-09-03",
    cycleId: cycle3,
  });
  later = createRecommendation(getDb(), all.editor, {
    cycleId: cycle3,
    documentId: co3.id,
    paragraph: "36",
    subject: "Conscientious objection, again",
    text: "The State party should recognise conscientious objection and provide an alternative civilian service.",
  }).id;
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

describe("archived=1: only archived recommendations, for editors and admins", () => {
  it("the list's data layer answers archived or live, never both, with facets counted over the same rows", () => {
    const live = searchRecommendations(getDb(), parseFilters(new URLSearchParams("state=KAZ")));
    const archived = searchRecommendations(getDb(), parseFilters(new URLSearchParams("state=KAZ&archived=1")));
    expect(live.rows.map((r) => r.id).sort()).toEqual([fc.rec2.id, later].sort());
    expect(archived.rows.map((r) => r.id)).toEqual([fc.rec1.id]);
    const counts = facetCounts(getDb(), parseFilters(new URLSearchParams("archived=1&body=CCPR")));
    expect(counts.body).toEqual([{ value: "CCPR", label: "Human Rights Committee", count: 1 }]);
    expect(filtersToQueryString(parseFilters(new URLSearchParams("archived=1")))).toBe("?archived=1");
  });

  it("GET /api/v1/recommendations?archived=1: 200 for an editor or admin, 403 for a viewer", async () => {
    for (const role of ["editor", "admin"] as const) {
      const res = await call("GET", "/api/v1/recommendations?archived=1", { role });
      expect([role, res.status, res.json.data.map((r: { id: number }) => r.id)]).toEqual([role, 200, [fc.rec1.id]]);
    }
    const viewer = await call("GET", "/api/v1/recommendations?archived=1", { role: "viewer" });
    expect(viewer).toMatchObject({ status: 403, json: { error: { code: "forbidden" } } });
    expect((await call("GET", "/api/v1/recommendations", { role: "viewer" })).status).toBe(200);
  });
});

describe("the earlier-recommendation picker's search", () => {
  it("finds by symbol, paragraph, subject or words of the text, same state only, earlier cycles first", () => {
    const ids = (q?: string) => searchEarlierRecommendations(getDb(), later, q).map((c) => c.id);
    // Without a query: the same state's earlier recommendations (archived ones never).
    expect(ids()).toEqual([fc.rec2.id]);
    expect(ids("CCPR/C/KAZ/CO/2")).toEqual([fc.rec2.id]);
    expect(ids("46")).toEqual([fc.rec2.id]);
    expect(ids("legal recognition")).toEqual([fc.rec2.id]);
    expect(ids("nothing like this")).toEqual([]);
    const fromEarlier = searchEarlierRecommendations(getDb(), fc.rec2.id, "conscientious");
    // A later recommendation matches the words too, but comes after the earlier ones and says so.
    expect(fromEarlier).toEqual([expect.objectContaining({ id: later, earlier: false })]);
    expect(searchEarlierRecommendations(getDb(), later, "CO/2")[0].label).toBe(
      "CCPR · CCPR/C/KAZ/CO/2 ¶ 46 (2016) — " +
        "The State party should take all measures necessary to ensure the legal recognition of conscientious objection.",
    );
  });

  it("GET /api/v1/recommendations/{id}/earlier?q= answers the picker; 404 for an unknown recommendation", async () => {
    const res = await call("GET", `/api/v1/recommendations/${later}/earlier?q=CO%2F2`, { role: "editor" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ total: 1, data: [{ id: fc.rec2.id, earlier: true }] });
    expect((await call("GET", "/api/v1/recommendations/999999/earlier?q=x", { role: "editor" })).status).toBe(404);
    expect((await call("GET", `/api/v1/recommendations/${later}/earlier`, {})).status).toBe(401);
  });

  it("before anything is typed, offers the likely earlier versions first, labelled so", () => {
    const editor = hoisted.actors.editor!;
    // Newer than the likely one and about something else: newest first alone would put it on top.
    const other = createRecommendation(getDb(), editor, {
      cycleId: fc.cycle2.id,
      documentId: fc.co2.id,
      paragraph: "50",
      subject: "Prison conditions",
      text: "The State party should reduce overcrowding in places of detention.",
    }).id;
    // Cycle 3 repeats cycle 2's paragraph 46 in its words.
    const repeat = createRecommendation(getDb(), editor, {
      cycleId: cycle3,
      paragraph: "37",
      text:
        "The State party should take all measures necessary to ensure the legal recognition of conscientious objection " +
        "to military service.",
    }).id;
    expect(reiterationCandidates(getDb(), repeat).map((c) => c.id)).toEqual([fc.rec2.id]);
    const offered = searchEarlierRecommendations(getDb(), repeat, undefined);
    expect(offered.map((c) => [c.id, c.likely ?? false])).toEqual([
      [fc.rec2.id, true],
      [other, false],
    ]);
    expect(offered[0].label).toMatch(/^Likely earlier version — CCPR · CCPR\/C\/KAZ\/CO\/2 ¶ 46 \(2016\)/);
    // Typing searches as before: no label, found by the words.
    expect(searchEarlierRecommendations(getDb(), repeat, "overcrowding").map((c) => [c.id, c.likely])).toEqual([
      [other, undefined],
    ]);
  });
});
