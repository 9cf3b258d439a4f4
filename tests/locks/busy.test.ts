/**
 * A write that cannot get the lock in time answers 503 with Retry-After and a
 * clear message, writes nothing, and is fine once the lock is free; an API
 * token's "last used" never makes its request wait for another writer.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-busy-test-${process.pid}-${Date.now()}/test.db`;
  const actors: Partial<Record<Role, Actor>> = {};
  return { actors };
});
vi.mock("@/lib/auth/api-actor", () => ({
  getApiActor: async (req: Request) => {
    const role = req.headers.get("x-test-role") as Role | null;
    return role ? (hoisted.actors[role] ?? null) : null;
  },
}));

const { getDb } = await import("@/db");
const { makeActors, makeFixture } = await import("../api/support");
const { actorForApiToken, createApiToken, LAST_USED_EVERY_MS } = await import("@/lib/data/users");
const { PATCH } = await import("@/app/api/v1/states/[id]/route");

let fx: ReturnType<typeof makeFixture>;
beforeAll(() => {
  Object.assign(hoisted.actors, makeActors(getDb()));
  fx = makeFixture(getDb(), hoisted.actors.admin!);
  // The server waits BUSY_TIMEOUT_MS (5 s); a shorter wait keeps this test quick and changes nothing else.
  getDb().$client.pragma("busy_timeout = 200");
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

/** Another connection (an import, a second server) holding the write lock while `fn` runs. */
async function whileLocked<T>(fn: () => Promise<T> | T): Promise<T> {
  const other = new Database(process.env.DATABASE_PATH);
  other.exec("BEGIN IMMEDIATE");
  try {
    return await fn();
  } finally {
    other.exec("ROLLBACK");
    other.close();
  }
}

const patchState = (name: string, version: number) =>
  PATCH(
    new Request(`http://localhost/api/v1/states/${fx.state}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", "x-test-role": "admin" },
      body: JSON.stringify({ name, version }),
    }),
    { params: Promise.resolve({ id: String(fx.state) }) },
  );

const stateRow = () =>
  getDb().$client.prepare("SELECT name, version FROM states WHERE id = ?").get(fx.state) as {
    name: string;
    version: number;
  };

describe("a busy database", () => {
  it("answers 503 with Retry-After and a message, and writes nothing", async () => {
    const before = stateRow();
    const audit = getDb().$client.prepare("SELECT COUNT(*) FROM audit_log").pluck().get();
    const res = await whileLocked(() => patchState("Renamed while locked", before.version));
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toEqual({
      error: {
        code: "busy",
        message:
          "The database is busy with another change (an import or a large edit). Nothing was saved: try again in a few seconds.",
      },
    });
    expect(stateRow()).toEqual(before);
    expect(getDb().$client.prepare("SELECT COUNT(*) FROM audit_log").pluck().get()).toBe(audit);

    const retry = await patchState("Renamed after", before.version);
    expect(retry.status).toBe(200);
    expect(stateRow()).toEqual({ name: "Renamed after", version: before.version + 1 });
  });
});

describe("API token last use", () => {
  it("is written at most once a minute, and skipped rather than waited for while another writer holds the lock", async () => {
    const db = getDb();
    const token = createApiToken(db, hoisted.actors.viewer!.email, "busy test", hoisted.actors.admin);
    const lastUsed = () =>
      db.$client.prepare("SELECT last_used_at FROM api_tokens WHERE label = 'busy test'").pluck().get() as
        number | null;

    const started = performance.now();
    const whileBusy = await whileLocked(() => actorForApiToken(db, token));
    expect(performance.now() - started).toBeLessThan(150); // the 200 ms busy wait never happened
    expect(whileBusy?.email).toBe(hoisted.actors.viewer!.email);
    expect(lastUsed()).toBeNull();

    const t0 = new Date("2026-12-01T10:00:00Z");
    actorForApiToken(db, token, t0);
    expect(lastUsed()).toBe(t0.getTime() / 1000);
    actorForApiToken(db, token, new Date(t0.getTime() + LAST_USED_EVERY_MS - 1000));
    expect(lastUsed()).toBe(t0.getTime() / 1000);
    const later = new Date(t0.getTime() + LAST_USED_EVERY_MS);
    actorForApiToken(db, token, later);
    expect(lastUsed()).toBe(later.getTime() / 1000);
  });
});
