/**
 * Hostile input across the API, search parameters and import files: whatever arrives, the
 * answer is never a 5xx, and a refused request changes nothing — every table's row count
 * and the sum of every table's versions are the same before and after it.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-hostile-${process.pid}-${Date.now()}/test.db`;
  const actors: Partial<Record<Role, Actor>> = {};
  return { actors };
});

// Who is calling is decided by a test header (a stand-in for the token or cookie).
vi.mock("@/lib/auth/api-actor", () => ({
  getApiActor: async (req: Request) => {
    const role = req.headers.get("x-test-role") as Role | null;
    return role ? (hoisted.actors[role] ?? null) : null;
  },
}));

const { getDb } = await import("@/db");
const { MUTATION_ROUTES, urlOf } = await import("./mutation-routes");
const { call, makeActors, makeFixture } = await import("./support");
const { importFile } = await import("@/lib/data/import-batches");

beforeAll(() => {
  Object.assign(hoisted.actors, makeActors(getDb()));
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

/** Row counts of every table and the sum of versions where a table has them. */
function snapshot(): string {
  const c = getDb().$client;
  const tables = c
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return tables
    .map((t) => {
      const cols = (c.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((x) => x.name);
      const versions = cols.includes("version") ? `, COALESCE(SUM(version), 0)` : "";
      return `${t}:${JSON.stringify(c.prepare(`SELECT COUNT(*)${versions} FROM "${t}"`).raw().get())}`;
    })
    .join(" ");
}

const HOSTILE_VALUES: unknown[] = [
  "a\u0000b",
  "\u202eevil\u202c",
  "x".repeat(200_000),
  "0x2",
  "1e3",
  " 1",
  true,
  [1],
  { $gt: 0 },
  null,
  -1,
  1.5,
  Number.MAX_SAFE_INTEGER,
  "2024-02-30",
  "'; DROP TABLE recommendations; --",
];

let counted = 0;

describe("hostile bodies on every mutation", () => {
  it.each(MUTATION_ROUTES.filter((r) => !r.personal).map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s",
    async (_, route) => {
      const ids = makeFixture(getDb(), hoisted.actors.admin!);
      const base = route.body(ids);
      const bodies: unknown[] = [[], "a string", 42, {}];
      for (const field of Object.keys(base).length ? Object.keys(base) : ["version"])
        for (const value of HOSTILE_VALUES) bodies.push({ ...base, [field]: value });
      for (const body of bodies) {
        const before = snapshot();
        const res = await call(route.method, urlOf(route, ids), { role: "admin", body });
        counted++;
        const label = `${JSON.stringify(body).slice(0, 120)} → ${res.status} ${JSON.stringify(res.json).slice(0, 200)}`;
        expect(res.status, label).toBeLessThan(500);
        if (res.status >= 400) expect(snapshot(), label).toBe(before);
      }
    },
  );
});

const QUERIES = [
  "a\u0000b",
  "x".repeat(501),
  '"',
  '"unclosed phrase',
  "*",
  "NEAR(",
  "AND OR NOT",
  "^",
  "col:value",
  "\u202e",
  "%",
  "-",
  "(",
  "a'b",
];

describe("hostile search parameters", () => {
  it("list endpoints answer 200 or 400 to any q, page and per", async () => {
    const before = snapshot();
    for (const resource of ["recommendations", "states", "bodies", "tags", "documents", "evidence"]) {
      for (const q of QUERIES) {
        const res = await call("GET", `/api/v1/${resource}?q=${encodeURIComponent(q)}`, { role: "viewer" });
        counted++;
        expect([200, 400], `${resource} q=${JSON.stringify(q)}: ${JSON.stringify(res.json)}`).toContain(res.status);
      }
      for (const extra of ["page=-1", "page=abc", "per=100000000", "per=0", "archived=maybe", "page=1&page=2"]) {
        const res = await call("GET", `/api/v1/${resource}?${extra}`, { role: "viewer" });
        counted++;
        expect([200, 400], `${resource} ${extra}`).toContain(res.status);
      }
    }
    for (const extra of ["state=%00", "from=9999-99", "to=abc", "status=done", "theme=%E2%80%AE", "cycle=0x2"]) {
      const res = await call("GET", `/api/v1/recommendations?${extra}`, { role: "viewer" });
      counted++;
      expect([200, 400], extra).toContain(res.status);
    }
    expect(snapshot()).toBe(before);
  });
});

const FILES: [string, Buffer][] = [
  ["empty.csv", Buffer.alloc(0)],
  ["nul.csv", Buffer.alloc(4096, 0)],
  ["bom.csv", Buffer.from([0xef, 0xbb, 0xbf])],
  ["random.docx", Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))],
  ["truncated.xlsx", Buffer.from("PK\x03\x04\x14\x00\x00\x00\x08\x00")],
  ["quote.csv", Buffer.from('Recommendation,State under Review\n"unclosed,Kazakhstan\n')],
  ["formula.csv", Buffer.from("Recommendation,State under Review,Session\n=HYPERLINK(1),Kazakhstan,7\n")],
  ["utf16.csv", Buffer.from("\ufeffRecommendation", "utf16le")],
  ["long-line.csv", Buffer.from(`Recommendation\n${"y".repeat(300_000)}\n`)],
  ["controls.csv", Buffer.from("Recommendation,State under Review,Session\n\u0001\u0002\u202e,Kazakhstan,7\n")],
];

describe("hostile import files", () => {
  it.each(FILES)("%s: refused or imported whole, never a crash", async (name, bytes) => {
    const before = snapshot();
    const run = await importFile(getDb(), hoisted.actors.admin!, bytes, name);
    counted++;
    if (!run.summary) expect(snapshot()).toBe(before);
  });

  it("exercised at least 200 hostile inputs", () => {
    expect(counted).toBeGreaterThanOrEqual(200);
  });
});
