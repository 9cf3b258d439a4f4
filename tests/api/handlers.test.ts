import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-api-test-${process.pid}-${Date.now()}/test.db`;
  const actors: Partial<Record<Role, Actor>> = {};
  return { actors };
});

// Who is calling is decided by a test header here; the real getApiActor (Bearer token / session) is the integrator's.
vi.mock("@/lib/auth/api-actor", () => ({
  getApiActor: async (req: Request) => {
    const role = req.headers.get("x-test-role") as Role | null;
    return role ? (hoisted.actors[role] ?? null) : null;
  },
}));

const { getDb } = await import("@/db");
const { MUTATION_ROUTES, urlOf } = await import("./mutation-routes");
const { call, makeActors, makeFixture } = await import("./support");
const { handler } = await import("@/lib/api/handler");

let fx: ReturnType<typeof makeFixture>;
beforeAll(() => {
  Object.assign(hoisted.actors, makeActors(getDb()));
  fx = makeFixture(getDb(), hoisted.actors.admin!);
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

describe("errors are JSON with the right status", () => {
  it("401 signed out, 403 viewer — checked before the body is even read", async () => {
    expect(await call("POST", "/api/v1/states", { rawBody: "not json" })).toMatchObject({
      status: 401,
      json: { error: { code: "unauthorized" } },
    });
    expect(await call("POST", "/api/v1/states", { role: "viewer", rawBody: "not json" })).toMatchObject({
      status: 403,
      json: { error: { code: "forbidden" } },
    });
  });

  it("415 without a JSON content type, 413 for a body over the cap, 400 for broken JSON", async () => {
    const form = await call("POST", "/api/v1/states", {
      role: "editor",
      rawBody: "code=KAZ",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form).toMatchObject({ status: 415, json: { error: { code: "unsupported_media_type" } } });
    const big = await call("POST", "/api/v1/recommendations", {
      role: "editor",
      body: { cycleId: fx.cycle, text: "x".repeat(1_100_000) },
    });
    expect(big).toMatchObject({ status: 413, json: { error: { code: "too_large" } } });
    const broken = await call("POST", "/api/v1/states", {
      role: "editor",
      rawBody: '{"code":',
      headers: { "content-type": "application/json" },
    });
    expect(broken).toMatchObject({
      status: 400,
      json: { error: { code: "validation", message: "The request body is not valid JSON." } },
    });
  });

  it("400 with a message per field", async () => {
    const res = await call("POST", `/api/v1/recommendations/${fx.recommendation}/assessments`, {
      role: "editor",
      body: { date: "2024-02-30", status: "done" },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual({
      date: ["2024-02-30 is not a real date."],
      status: ["Choose one of: not_implemented, partially_implemented, implemented, regressed or no_information."],
      rationale: ["This field is required."],
    });
  });

  it("404 for an unknown or impossible id", async () => {
    expect((await call("GET", "/api/v1/recommendations/999999", { role: "viewer" })).status).toBe(404);
    expect((await call("GET", "/api/v1/recommendations/abc", { role: "viewer" })).status).toBe(404);
    expect(
      (
        await call("POST", "/api/v1/recommendations/999999/responses", {
          role: "editor",
          body: { date: "2024", stance: "rejects" },
        })
      ).status,
    ).toBe(404);
  });

  it("500 never leaks the internal error", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const boom = handler({}, () => {
      throw new Error("SQLITE_CORRUPT at /srv/secret/path.db");
    });
    const res = await boom(new Request("http://localhost/x"), { params: Promise.resolve({}) });
    const body = await res.json();
    expect(res.status).toBe(500);
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|secret/);
    expect(body.error.code).toBe("internal");
    spy.mockRestore();
  });
});

describe("recommendations over the API", () => {
  it("create → 201, read with its history, edit with version → 200, stale edit → 409 with the current record", async () => {
    const created = await call("POST", "/api/v1/recommendations", {
      role: "editor",
      body: { cycleId: fx.cycle, paragraph: "12", text: "End torture." },
    });
    expect(created.status).toBe(201);
    const id = created.json.data.id;
    expect(created.json.data).toMatchObject({ paragraph: "12", version: 1, stateId: fx.state });

    expect(
      (
        await call("POST", `/api/v1/recommendations/${id}/responses`, {
          role: "editor",
          body: { date: "2019", stance: "accepts", quote: "Done." },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call("POST", `/api/v1/recommendations/${id}/assessments`, {
          role: "editor",
          body: { date: "2024", status: "not_implemented", rationale: "Nothing changed." },
        })
      ).status,
    ).toBe(201);
    const story = await call("GET", `/api/v1/recommendations/${id}`, { role: "viewer" });
    expect(story.json.data).toMatchObject({ id, status: "not_implemented", latestStance: "accepts" });
    expect(story.json.data.chain).toHaveLength(1);

    const first = await call("PATCH", `/api/v1/recommendations/${id}`, {
      role: "editor",
      body: { subject: "Torture", version: 1 },
    });
    expect(first).toMatchObject({ status: 200, json: { data: { subject: "Torture", version: 2 } } });
    const second = await call("PATCH", `/api/v1/recommendations/${id}`, {
      role: "admin",
      body: { subject: "Ill-treatment", version: 1 },
    });
    expect(second.status).toBe(409);
    expect(second.json.error).toMatchObject({ code: "conflict", current: { subject: "Torture", version: 2 } });
  });

  it("GET ?state=&body= filters and answers {data, total}", async () => {
    const state = (await call("GET", `/api/v1/states/${fx.state}`, { role: "viewer" })).json.data.code;
    const res = await call("GET", `/api/v1/recommendations?state=${state}&per=2`, { role: "viewer" });
    expect(res.status).toBe(200);
    expect(res.json.total).toBeGreaterThanOrEqual(4);
    expect(res.json.data).toHaveLength(2);
    expect(res.json.data[0]).toMatchObject({ stateCode: state, version: expect.any(Number), text: expect.any(String) });
    expect((await call("GET", "/api/v1/recommendations?state=ZZZ", { role: "viewer" })).json).toEqual({
      data: [],
      total: 0,
    });
    expect((await call("GET", "/api/v1/recommendations")).status).toBe(401);
  });
});

describe("audit and OpenAPI", () => {
  it("the audit log is admin-only, newest first, filterable", async () => {
    expect((await call("GET", "/api/v1/audit", { role: "editor" })).status).toBe(403);
    await call("PATCH", `/api/v1/tags/${fx.tag}`, { role: "admin", body: { name: "Audited theme", version: 1 } });
    const res = await call("GET", `/api/v1/audit?entity=tag&entityId=${fx.tag}&user=admin@example.org`, {
      role: "admin",
    });
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(2);
    expect(res.json.data.map((e: { action: string }) => e.action)).toEqual(["update", "create"]);
    expect(res.json.data[0].changes).toEqual([
      { field: "name", before: expect.stringMatching(/^Fixture theme/), after: "Audited theme" },
    ]);
  });

  it("publishes the OpenAPI document without sign-in", async () => {
    const res = await call("GET", "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe("3.1.0");
    expect(Object.keys(res.json.paths)).toContain("/recommendations/{id}/assessments");
  });
});

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

describe("authorisation matrix (in-process): every mutation × every role", () => {
  // The caller's own settings and follows (/api/v1/me…) are tested per user in tests/follow-up/me-routes.test.ts.
  it.each(MUTATION_ROUTES.filter((r) => !r.personal).map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s",
    async (_, route) => {
      for (const role of [null, "viewer", "editor", "admin"] as (Role | null)[]) {
        const ids = makeFixture(getDb(), hoisted.actors.admin!);
        let body = route.body(ids);
        if (route.path.endsWith("/restore")) {
          const archive = await call("POST", urlOf(route, ids).replace(/restore$/, "archive"), {
            role: "admin",
            body: { version: 1 },
          });
          expect(archive.status).toBe(200);
          body = { version: 2 };
        }
        const res = await call(route.method, urlOf(route, ids), { role, body });
        const label = `${role ?? "signed out"}: ${JSON.stringify(res.json)}`;
        if (!role) expect(res.status, label).toBe(401);
        else if (RANK[role] < RANK[route.minRole]) expect(res.status, label).toBe(403);
        else expect(res.status, label).toBe(route.success);
      }
    },
  );
});
