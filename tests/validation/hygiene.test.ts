/**
 * Input hygiene: control and bidi-override characters never reach stored text;
 * ids and versions are integers or digit strings and nothing else; a search
 * with a NUL byte answers, a search past the limit is a 400 that names it (list,
 * API, CSV, PDF), never "everything".
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";
import { cleanText, hasUnwantedCharacters } from "@/lib/text/clean";
import { idRef, versionField } from "@/lib/validation/common";
import { MAX_QUERY_CHARS } from "@/lib/search/fts-query";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-hygiene-${process.pid}-${Date.now()}/test.db`;
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
const { call, makeActors, makeFixture } = await import("../api/support");
const csv = await import("@/app/api/export/recommendations.csv/route");
const pdf = await import("@/app/api/export/report.pdf/route");

let fx: ReturnType<typeof makeFixture>;
beforeAll(() => {
  Object.assign(hoisted.actors, makeActors(getDb()));
  fx = makeFixture(getDb(), hoisted.actors.admin!);
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

describe("cleanText", () => {
  it("drops NUL, C0 (but tab and newline), DEL, C1 and bidi controls; keeps RLM/LRM and real text", () => {
    expect(cleanText("a\u0000b\u0007c\u001bd\u007fe\u0085f")).toBe("abcdef");
    expect(cleanText("tab\there\nline")).toBe("tab\there\nline");
    expect(cleanText("windows\r\nand old mac\rends")).toBe("windows\nand old mac\nends");
    expect(cleanText("evil\u202egnp.exe \u2066isolated\u2069 \u202aembedded\u202c")).toBe(
      "evilgnp.exe isolated embedded",
    );
    expect(cleanText("שלום\u200f Қазақстан — ‘quotes’ 😀")).toBe("שלום\u200f Қазақстан — ‘quotes’ 😀");
    expect(hasUnwantedCharacters("fine\ttext\n")).toBe(false);
    expect(hasUnwantedCharacters("x\u0000")).toBe(true);
  });
});

describe("ids and versions", () => {
  it.each([["0x2"], ["1e3"], [" 7"], ["7 "], ["+7"], ["-1"], ["0"], [0], [true], [[1]], [{}], [1.5], [null], [""]])(
    "refuses %j",
    (value) => {
      expect(idRef("state").safeParse(value).success).toBe(false);
      expect(versionField.safeParse(value).success).toBe(false);
    },
  );
  it("accepts a whole number or a string of digits", () => {
    expect(idRef("state").parse(7)).toBe(7);
    expect(idRef("state").parse("7")).toBe(7);
    expect(versionField.parse("12")).toBe(12);
  });

  it('the API refuses a version sent as "0x2", true or [1] and changes nothing', async () => {
    const before = (await call("GET", `/api/v1/states/${fx.state}`, { role: "viewer" })).json.data;
    for (const version of ["0x2", true, [1], "1.0"]) {
      const res = await call("PATCH", `/api/v1/states/${fx.state}`, {
        role: "admin",
        body: { name: "Should not be saved", version },
      });
      expect(res.status, JSON.stringify(version)).toBe(400);
      expect(res.json.error.fields.version).toEqual([
        "The version you started from is missing — reload the record and edit again.",
      ]);
    }
    expect((await call("GET", `/api/v1/states/${fx.state}`, { role: "viewer" })).json.data).toEqual(before);
  });
});

describe("stored text", () => {
  it("a name with NUL, escape and bidi-override characters is stored without them", async () => {
    const res = await call("PATCH", `/api/v1/states/${fx.state}`, {
      role: "admin",
      body: { name: "Kaz\u0000akh\u001b[31mstan\u202e", version: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.json.data.name).toBe("Kazakh[31mstan");
    const stored = getDb().$client.prepare("SELECT name FROM states WHERE id = ?").pluck().get(fx.state) as string;
    expect(hasUnwantedCharacters(stored)).toBe(false);
  });

  it("recommendation text keeps its line breaks and tabs but loses the rest", async () => {
    const res = await call("POST", "/api/v1/recommendations", {
      role: "editor",
      body: { cycleId: fx.cycle, text: "First line\r\n\tsecond\u0000 line\u2067" },
    });
    expect(res.status).toBe(201);
    expect(res.json.data.text).toBe("First line\n\tsecond line");
  });
});

async function exportGet(mod: { GET: (req: Request, ctx: never) => Promise<Response> }, url: string) {
  const res = await mod.GET(new Request(`http://localhost${url}`, { headers: { "x-test-role": "viewer" } }), {
    params: Promise.resolve({}),
  } as never);
  return { status: res.status, text: await res.text() };
}

describe("search input", () => {
  const long = "consc ".repeat(100); // 600 characters

  it("a NUL byte in q is a normal search (200), on the API, the CSV and the PDF", async () => {
    const api = await call("GET", "/api/v1/recommendations?q=Recog%00nise", { role: "viewer" });
    expect(api.status).toBe(200);
    expect((await exportGet(csv, "/api/export/recommendations.csv?q=a%00b")).status).toBe(200);
    const state = (await call("GET", `/api/v1/states/${fx.state}`, { role: "viewer" })).json.data.code;
    expect((await exportGet(pdf, `/api/export/report.pdf?state=${state}&q=a%00b`)).status).toBe(200);
  });

  it("a query past the limit is a 400 naming the limit — never the whole database", async () => {
    const message = `The search is 599 characters long; the limit is ${MAX_QUERY_CHARS}. Shorten it and search again.`;
    const api = await call("GET", `/api/v1/recommendations?q=${encodeURIComponent(long)}`, { role: "viewer" });
    expect(api.status).toBe(400);
    expect(api.json.error.message).toBe(message);
    const file = await exportGet(csv, `/api/export/recommendations.csv?q=${encodeURIComponent(long)}`);
    expect(file.status).toBe(400);
    expect(JSON.parse(file.text).error.message).toBe(message);
    const state = (await call("GET", `/api/v1/states/${fx.state}`, { role: "viewer" })).json.data.code;
    const report = await exportGet(pdf, `/api/export/report.pdf?state=${state}&q=${encodeURIComponent(long)}`);
    expect(report.status).toBe(400);
  });

  it("FTS syntax of every kind is searched as words, never an error", async () => {
    for (const q of ['"', '"""', "NEAR(a b", "a:b", "^x", "col:*", "AND OR NOT", "(", ")", "*", '" OR "1"="1', "\\"])
      expect((await call("GET", `/api/v1/recommendations?q=${encodeURIComponent(q)}`, { role: "viewer" })).status).toBe(
        200,
      );
  });

  it("the audit filters refuse text past their limits with a message", async () => {
    const res = await call("GET", `/api/v1/audit?user=${"x".repeat(201)}`, { role: "admin" });
    expect(res.status).toBe(400);
    expect(res.json.error.fields.user).toEqual(["Keep this under 200 characters."]);
  });
});
