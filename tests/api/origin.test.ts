import fs from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-origin-test-${process.pid}-${Date.now()}/test.db`;
  const actors: Partial<Record<Role, Actor>> = {};
  return { actors };
});

// The caller is an admin by a test header (a stand-in for the session cookie); the origin check runs before it.
vi.mock("@/lib/auth/api-actor", () => ({
  getApiActor: async (req: Request) => {
    const role = req.headers.get("x-test-role") as Role | null;
    return role ? (hoisted.actors[role] ?? null) : null;
  },
}));

const { getDb } = await import("@/db");
const { auditLog } = await import("@/db/schema");
const { MUTATION_ROUTES, urlOf } = await import("./mutation-routes");
const { call, makeActors, makeFixture } = await import("./support");

beforeAll(() => {
  Object.assign(hoisted.actors, makeActors(getDb()));
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

const auditRows = () => getDb().select({ n: count() }).from(auditLog).get()!.n;

const FOREIGN: Record<string, string>[] = [
  { origin: "https://evil.example" },
  { origin: "null" },
  { origin: "::not a url::" },
  { "sec-fetch-site": "cross-site" },
];

describe("cookie-authenticated mutations from another site are refused", () => {
  // /api/v1/me… goes through the same handler(); its paths need the caller's own records (tests/follow-up).
  it.each(MUTATION_ROUTES.filter((r) => !r.personal).map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s",
    async (_, route) => {
      const ids = makeFixture(getDb(), hoisted.actors.admin!);
      const before = auditRows();
      for (const headers of FOREIGN) {
        const res = await call(route.method, urlOf(route, ids), {
          role: "admin",
          body: route.body(ids),
          headers: { host: "localhost", ...headers },
        });
        expect(res, JSON.stringify(headers)).toMatchObject({ status: 403, json: { error: { code: "forbidden" } } });
      }
      expect(auditRows()).toBe(before);
    },
  );

  it("a same-origin request and a Bearer-token request from anywhere go through", async () => {
    const route = MUTATION_ROUTES.find((r) => r.method === "POST" && r.path === "/api/v1/tags")!;
    const ids = makeFixture(getDb(), hoisted.actors.admin!);
    const same = await call("POST", "/api/v1/tags", {
      role: "admin",
      body: { ...(route.body(ids) as object), name: "Same origin" },
      headers: { host: "localhost", origin: "http://localhost", "sec-fetch-site": "same-origin" },
    });
    expect(same.status).toBe(201);
    const bearer = await call("POST", "/api/v1/tags", {
      role: "admin",
      body: { ...(route.body(ids) as object), name: "From a script" },
      headers: { host: "localhost", origin: "https://elsewhere.example", authorization: "Bearer tt_test" },
    });
    expect(bearer.status).toBe(201);
  });
});
