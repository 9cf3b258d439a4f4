/**
 * The case file of one recommendation (GET /api/export/recommendations/{id}/case-file.pdf):
 * the founding case's whole story — what it asks, the chain, the state's
 * response, the assessment, the evidence with its sources — for every role,
 * one audit entry, and a 404 for what does not exist.
 */
import fs from "node:fs";
import path from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-case-file-${process.pid}-${Date.now()}/test.db`;
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
const { auditLog, users } = await import("@/db/schema");
const { ensureBodies, seedFoundingCase } = await import("@/db/seed");
const { updateSettings } = await import("@/lib/data/settings");
const route = await import("@/app/api/export/recommendations/[id]/case-file.pdf/route");

const call = (id: string, role?: Role) =>
  route.GET(
    new Request(`http://tracker.test/api/export/recommendations/${id}/case-file.pdf`, {
      headers: role ? { "x-test-role": role } : {},
    }),
    { params: Promise.resolve({ id }) },
  );
async function textOf(res: Response) {
  const pdf = await getDocumentProxy(new Uint8Array(await res.arrayBuffer()));
  return (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
}

let co2: number;
beforeAll(() => {
  const db = getDb();
  ensureBodies(db);
  seedFoundingCase(db);
  for (const role of ["admin", "editor", "viewer"] as const) {
    const row = db
      .insert(users)
      .values({ email: `${role}@example.org`, name: `The ${role}`, role, passwordHash: "unused" })
      .returning()
      .get();
    hoisted.actors[role] = { id: row.id, email: row.email, name: row.name, role };
  }
  co2 = db.get<{ id: number }>(
    sql`SELECT r.id FROM recommendations r JOIN documents d ON d.id = r.document_id WHERE d.symbol = 'CCPR/C/KAZ/CO/2'
      AND r.subject LIKE 'Conscientious objection%'`,
  ).id;
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

describe("a recommendation's case file", () => {
  it("tells the founding case's story, with the evidence and its sources, to a viewer", async () => {
    const res = await call(String(co2), "viewer");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(
      new RegExp(`filename="recommendation-${co2}-case-file-\\d{4}-\\d{2}-\\d{2}\\.pdf"`),
    );
    const text = await textOf(res);
    expect(text).toContain("Conscientious objection");
    expect(text).toContain("Outstanding since 2011");
    expect(text).toContain("CCPR/C/KAZ/CO/1, para. 23");
    expect(text).toContain("Rejects / does not recognise");
    expect(text).toContain("The law does not directly recognise the right of an individual");
    expect(text).toContain("NGO assessment");
    expect(text).toContain("Daniil Smal");
    expect(text).toMatch(/Source: |Online: https?:\/\//);
    expect(text).toContain("Page 1 of");
    const entries = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "export"), eq(auditLog.entityId, co2)))
      .all();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: "recommendation", after: { format: "pdf" } });
  });

  it("names the organisation in its heading, footer and disclaimer", async () => {
    updateSettings(getDb(), hoisted.actors.admin, {
      organisationName: "KIBHR",
      disclaimer: "Not a UN document.",
      version: 0,
    });
    const text = await textOf(await call(String(co2), "viewer"));
    expect(text).toContain("KIBHR · Treaty Tracker");
    expect(text).toContain("Not a UN document.");
  });

  it("is 404 for a recommendation that does not exist, 401 for nobody", async () => {
    expect((await call("999999", "viewer")).status).toBe(404);
    expect((await call("abc", "viewer")).status).toBe(404);
    expect((await call(String(co2))).status).toBe(401);
  });
});
