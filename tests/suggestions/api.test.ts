import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-suggestions-api-${process.pid}-${Date.now()}/test.db`;
  const actors: Partial<Record<Role, Actor>> = {};
  return { actors };
});

// Who is calling is decided by a test header here, as in tests/api/handlers.test.ts.
vi.mock("@/lib/auth/api-actor", () => ({
  getApiActor: async (req: Request) => {
    const role = req.headers.get("x-test-role") as Role | null;
    return role ? (hoisted.actors[role] ?? null) : null;
  },
}));

const { getDb } = await import("@/db");
const { ensureBodies, seedFoundingCase } = await import("@/db/seed");
const { SYSTEM_ACTOR } = await import("@/lib/auth/roles");
const { commitImport } = await import("@/lib/data/import");
const { forgetCorpusStats } = await import("@/lib/data/similarity-stats");
const { parseImportFile } = await import("@/lib/import");
const { call, makeActors } = await import("../api/support");

let later: number;
let kaz: number;
beforeAll(async () => {
  const db = getDb();
  Object.assign(hoisted.actors, makeActors(db));
  ensureBodies(db);
  seedFoundingCase(db);
  for (const name of ["6-9.csv", "17-20.csv"]) {
    const bytes = fs.readFileSync(path.join("tests/fixtures/real/upr-info-2008-2014", name));
    const parsed = await parseImportFile(bytes, name, { format: "upr-info" });
    const records = parsed.records.filter((r) => r.stateCode === "KAZ");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    commitImport(db, SYSTEM_ACTOR, { ...parsed, records, issues: [] }, { fileName: name, sha256 });
  }
  forgetCorpusStats(db);
  later = db.$client.prepare("SELECT id FROM recommendations WHERE text = 'Ratify CRPD'").pluck().get() as number;
  kaz = db.$client.prepare("SELECT id FROM states WHERE code = 'KAZ'").pluck().get() as number;
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

const TEXT = "Abolish the death penalty and ratify the Second Optional Protocol to the ICCPR";
const READS = () => [
  `/api/v1/recommendations/${later}/reiteration-candidates`,
  `/api/v1/tag-suggestions?kind=theme&text=${encodeURIComponent(TEXT)}`,
  `/api/v1/states/${kaz}/reiteration-queue`,
];

describe("suggestion endpoints", () => {
  it("answer every signed-in role (reading suggestions is as harmless as reading recommendations), 401 signed out", async () => {
    for (const url of READS()) {
      expect((await call("GET", url)).status, url).toBe(401);
      for (const role of ["viewer", "editor", "admin"] as const)
        expect((await call("GET", url, { role })).status).toBe(200);
    }
  });

  it("GET …/reiteration-candidates: at most 10, best first, each with its reason and source", async () => {
    const res = await call("GET", `/api/v1/recommendations/${later}/reiteration-candidates`, { role: "viewer" });
    const data = res.json.data as { id: number; score: number; reason: string; symbol: string | null; year: number }[];
    expect(data.length).toBeGreaterThan(0);
    expect(data.length).toBeLessThanOrEqual(10);
    expect(data[0]).toMatchObject({ reason: expect.stringMatching(/^similar wording: /), year: 2010 });
    expect(Object.keys(data[0])).toEqual(
      expect.arrayContaining(["id", "score", "reason", "symbol", "paragraph", "year", "text"]),
    );
    expect(data.map((c) => c.score)).toEqual([...data.map((c) => c.score)].sort((a, b) => b - a));
    expect(
      (await call("GET", `/api/v1/recommendations/${later}/reiteration-candidates?limit=2`, { role: "viewer" })).json
        .data,
    ).toHaveLength(2);
  });

  it("GET /tag-suggestions: learned from the tagged recommendations, best first, with why", async () => {
    const res = await call("GET", `/api/v1/tag-suggestions?kind=theme&text=${encodeURIComponent(TEXT)}`, {
      role: "viewer",
    });
    expect(res.status).toBe(200);
    // UPR Info tags such a text with both.
    expect(
      res.json.data
        .slice(0, 2)
        .map((d: { name: string }) => d.name)
        .sort(),
    ).toEqual(["Death penalty", "International instruments"]);
    expect(res.json.data[0]).toMatchObject({ kind: "theme", reason: expect.stringMatching(/most similar tagged/) });
    const scores = (res.json.data as { score: number }[]).map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("refuses a missing kind or text with a message per field, and an unknown recommendation with 404", async () => {
    const bad = await call("GET", "/api/v1/tag-suggestions?kind=colour", { role: "viewer" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(["kind", "text"]);
    expect(
      (await call("GET", "/api/v1/recommendations/999999/reiteration-candidates", { role: "viewer" })).status,
    ).toBe(404);
  });

  it("POST …/reiteration-dismissals: an editor's, remembered — the pair leaves the candidates", async () => {
    const before = (await call("GET", `/api/v1/recommendations/${later}/reiteration-candidates`, { role: "viewer" }))
      .json.data;
    const earlierId = before[0].id as number;
    expect(
      (
        await call("POST", `/api/v1/recommendations/${later}/reiteration-dismissals`, {
          role: "viewer",
          body: { earlierId },
        })
      ).status,
    ).toBe(403);
    const made = await call("POST", `/api/v1/recommendations/${later}/reiteration-dismissals`, {
      role: "editor",
      body: { earlierId },
    });
    expect(made.status).toBe(201);
    const after = (await call("GET", `/api/v1/recommendations/${later}/reiteration-candidates`, { role: "viewer" }))
      .json.data;
    expect(after.map((c: { id: number }) => c.id)).not.toContain(earlierId);
    const story = await call("GET", `/api/v1/recommendations/${later}`, { role: "viewer" });
    expect(story.json.data.dismissedCandidates).toEqual([expect.objectContaining({ earlierId, version: 1 })]);
  });
});
