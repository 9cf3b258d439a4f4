import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { toText } from "@/lib/to-text";
import { desc, eq } from "drizzle-orm";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-export-test-${process.pid}-${Date.now()}/test.db`;
  const actors: Partial<Record<Role, Actor>> = {};
  return { actors };
});

// Who calls is chosen by a test header; the real getApiActor (session cookie or Bearer token) is covered by the e2e test.
vi.mock("@/lib/auth/api-actor", () => ({
  getApiActor: async (req: Request) => {
    const role = req.headers.get("x-test-role") as Role | null;
    return role ? (hoisted.actors[role] ?? null) : null;
  },
}));

const { getDb } = await import("@/db");
const { auditLog, users } = await import("@/db/schema");
const { ensureBodies, seedFoundingCase } = await import("@/db/seed");
const { addHostileRecommendation, HOSTILE_TEXT } = await import("./support");
const csvRoute = await import("@/app/api/export/recommendations.csv/route");
const xlsxRoute = await import("@/app/api/export/recommendations.xlsx/route");
const pdfRoute = await import("@/app/api/export/report.pdf/route");

type Route = { GET: (req: Request, ctx: { params: Promise<Record<string, never>> }) => Promise<Response> };
const call = (route: Route, url: string, role?: Role) =>
  route.GET(new Request(`http://tracker.test${url}`, { headers: role ? { "x-test-role": role } : {} }), {
    params: Promise.resolve({}),
  });
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());
const audits = () =>
  getDb().select().from(auditLog).where(eq(auditLog.action, "export")).orderBy(desc(auditLog.id)).all();

let hostileId: number;
beforeAll(() => {
  const db = getDb();
  ensureBodies(db);
  seedFoundingCase(db);
  hostileId = addHostileRecommendation(db);
  for (const role of ["admin", "editor", "viewer"] as const) {
    const row = db
      .insert(users)
      .values({ email: `${role}@example.org`, name: `The ${role}`, role, passwordHash: "unused" })
      .returning()
      .get();
    hoisted.actors[role] = { id: row.id, email: row.email, name: row.name, role };
  }
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

describe("who may export", () => {
  it.each([
    ["CSV", csvRoute],
    ["XLSX", xlsxRoute],
    ["PDF", pdfRoute],
  ] as const)("%s: 401 JSON for nobody, and nothing is audited", async (_, route) => {
    const before = audits().length;
    const res = await call(route, "/x?state=KAZ");
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("unauthorized");
    expect(audits().length).toBe(before);
  });
});

describe("CSV", () => {
  it("a viewer gets the founding case, a formula typed as text stays inert, one audit entry records it", async () => {
    const before = audits().length;
    const res = await call(csvRoute, "/api/export/recommendations.csv?state=KAZ&body=CCPR&page=2&per=1", "viewer");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="recommendations-KAZ-CCPR-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = await bytesOf(res);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse<Record<string, string>>(bytes.toString("utf8").slice(1), { columns: true });
    // Every page of the view, not page 2 of size 1.
    expect(records).toHaveLength(4);
    const founding = records.find((r) => r["Document symbol"] === "CCPR/C/KAZ/CO/2" && r["Reiterates"])!;
    expect(founding["Reiterates"]).toBe("CCPR/C/KAZ/CO/1, para. 23");
    expect(founding["Outstanding since"]).toBe("2011");
    expect(founding["Latest state response"]).toBe("Rejects / does not recognise");
    expect(founding["Link"]).toMatch(/^http:\/\/tracker\.test\/recommendations\/\d+$/);
    const hostile = records.find((r) => r["ID"] === String(hostileId))!;
    expect(hostile["Recommendation text"]).toBe(`'${HOSTILE_TEXT}`);

    const entries = audits();
    expect(entries.length).toBe(before + 1);
    expect(entries[0]).toMatchObject({
      userEmail: "viewer@example.org",
      entity: "recommendations",
      entityId: null,
      after: { format: "csv", filters: "state=KAZ&body=CCPR", rows: 4 },
    });
  });
});

describe("XLSX", () => {
  it("opens with exceljs: founding case, typed date, no formula anywhere, an About sheet with the filters", async () => {
    const before = audits().length;
    const res = await call(xlsxRoute, "/api/export/recommendations.xlsx?state=KAZ&sort=symbol&dir=asc", "viewer");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toMatch(/filename="recommendations-KAZ-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const bytes = await bytesOf(res);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = Array.from({ length: sheet.actualRowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    expect(rows).toHaveLength(4);
    const founding = rows.find(
      (r) => r.getCell(col("Document symbol")).value === "CCPR/C/KAZ/CO/2" && r.getCell(col("Reiterates")).value,
    )!;
    expect(founding.getCell(col("Date")).value).toBe("2016-07-11");
    expect(founding.getCell(col("Date (date)")).value).toEqual(new Date(Date.UTC(2016, 6, 11)));
    expect(founding.getCell(col("Outstanding since")).value).toBe(2011);
    const hostile = rows.find((r) => r.getCell(col("ID")).value === hostileId)!;
    const cell = hostile.getCell(col("Recommendation text"));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(`'${HOSTILE_TEXT}`);
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))) {
      expect(await zip.file(name)!.async("string")).not.toMatch(/<f[ >]/);
    }
    const about = new Map<string, unknown>();
    workbook
      .getWorksheet("About this export")!
      .eachRow((row) => about.set(toText(row.getCell(1).value), row.getCell(2).value));
    expect(about.get("State")).toBe("Kazakhstan");
    expect(about.get("Recommendations exported")).toBe(4);
    expect([...about.keys()].some((k) => k.startsWith("Forum 18 News Service"))).toBe(true);

    expect(audits().length).toBe(before + 1);
    expect(audits()[0]).toMatchObject({
      entity: "recommendations",
      after: { format: "xlsx", filters: "state=KAZ&sort=symbol&dir=asc", rows: 4 },
    });
  });
});

describe("PDF state report", () => {
  async function pdfText(bytes: Buffer) {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    return text.replace(/\s+/g, " ");
  }

  it("Kazakhstan's report carries the founding case: outstanding since 2011, CO/2, Daniil Smal; one audit entry", async () => {
    const before = audits().length;
    const res = await call(pdfRoute, "/api/export/report.pdf?state=KAZ&body=CCPR&from=2011&to=2024", "viewer");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(
      /filename="report-KAZ-CCPR-years-2011-2024-\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    const bytes = await bytesOf(res);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("Implementation of UN human-rights recommendations: Kazakhstan");
    expect(text).toContain("Outstanding since 2011");
    expect(text).toContain("CCPR/C/KAZ/CO/2");
    expect(text).toContain("Daniil Smal");
    expect(text).toContain("Human Rights Committee (CCPR)");
    expect(text).toContain("2011 – 2024");
    expect(text).toContain("Forum 18 News Service");
    expect(audits().length).toBe(before + 1);
    expect(audits()[0]).toMatchObject({
      entity: "report",
      after: { format: "pdf", filters: "state=KAZ&body=CCPR&from=2011&to=2024", rows: 4 },
    });
  });

  it("refuses no state or several (400) and an unknown state (404), without auditing", async () => {
    const before = audits().length;
    expect((await call(pdfRoute, "/api/export/report.pdf", "viewer")).status).toBe(400);
    expect((await call(pdfRoute, "/api/export/report.pdf?state=KAZ&state=KGZ", "viewer")).status).toBe(400);
    expect((await call(pdfRoute, "/api/export/report.pdf?state=ZZZ", "viewer")).status).toBe(404);
    expect(audits().length).toBe(before);
  });
});
