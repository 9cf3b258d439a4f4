/**
 * Each open download holds a read snapshot of the database: at most three per
 * user at once (the fourth is a 429 saying to wait), released when a download
 * ends or is cancelled; a download nobody reads is stopped after the idle time.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-open-exports-${process.pid}-${Date.now()}/test.db`;
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
const { synthesize } = await import("@/scripts/synth/generate");
const { makeActors } = await import("../api/support");
const csvRoute = await import("@/app/api/export/recommendations.csv/route");
const xlsxRoute = await import("@/app/api/export/recommendations.xlsx/route");
const { withIdleTimeout } = await import("@/lib/export/idle-stream");

type Route = { GET: (req: Request, ctx: { params: Promise<Record<string, never>> }) => Promise<Response> };
const get = (route: Route, role: Role) =>
  route.GET(new Request("http://tracker.test/x", { headers: { "x-test-role": role } }), {
    params: Promise.resolve({}),
  });

beforeAll(() => {
  const db = getDb();
  synthesize(db, { recommendations: 2000, seed: 5 });
  Object.assign(hoisted.actors, makeActors(db));
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

describe("open exports per user", () => {
  it("three at once, the fourth waits (429 with Retry-After); another user is not affected", async () => {
    // CSV streams as it is read, so an unread download keeps its reader open (2,000 rows fill many chunks).
    const open = [await get(csvRoute, "viewer"), await get(csvRoute, "viewer"), await get(csvRoute, "viewer")];
    expect(open.map((r) => r.status)).toEqual([200, 200, 200]);
    const fourth = await get(csvRoute, "viewer");
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get("retry-after")).toBe("10");
    expect((await fourth.json()).error.message).toBe(
      "You already have 3 downloads running. Wait for one of them to finish, then try again.",
    );
    expect((await get(xlsxRoute, "editor")).status).toBe(200);

    // One finishes (read to the end), one is cancelled: two slots free again.
    expect((await open[0].text()).length).toBeGreaterThan(100);
    await open[1].body!.cancel();
    expect((await get(csvRoute, "viewer")).status).toBe(200);
    expect((await get(csvRoute, "viewer")).status).toBe(200);
    expect((await get(csvRoute, "viewer")).status).toBe(429);
  });
});

describe("idle downloads", () => {
  it("a stream nobody reads is cancelled after the idle time, closing its source", async () => {
    let cancelled: unknown = null;
    const source = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new Uint8Array(10));
      },
      cancel(reason) {
        cancelled = reason;
      },
    });
    const guarded = withIdleTimeout(source, 50);
    const reader = guarded.getReader();
    expect((await reader.read()).value?.length).toBe(10);
    await new Promise((r) => setTimeout(r, 120)); // the client stops reading
    expect(cancelled).toBe("idle");
    await expect(reader.read()).rejects.toThrow(/not read for/);
  });

  it("a stream read steadily is never cut, however long it takes", async () => {
    let n = 0;
    const source = new ReadableStream<Uint8Array>({
      async pull(c) {
        await new Promise((r) => setTimeout(r, 30)); // producing is slow, but that is not idleness
        if (++n > 5) c.close();
        else c.enqueue(new Uint8Array(1));
      },
    });
    const chunks: Uint8Array[] = [];
    const reader = withIdleTimeout(source, 20).getReader();
    for (let step = await reader.read(); !step.done; step = await reader.read()) chunks.push(step.value);
    expect(chunks).toHaveLength(5);
  });
});
