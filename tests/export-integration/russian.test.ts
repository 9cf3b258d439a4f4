/**
 * "Files in the reader's language": CSV, Excel and the PDF report in the language of
 * whoever exports (`?lang=` first, then the profile, the NEXT_LOCALE cookie, Accept-Language and
 * DEFAULT_LOCALE), the portal's files by the same rule, English headers exactly as before — and a
 * Russian export read back by the importer changes nothing. Real SQLite, real migrations.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/auth/roles";
import { toText } from "@/lib/to-text";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-export-ru-${process.pid}-${Date.now()}/test.db`;
  const actors: Record<string, Actor> = {};
  return { actors };
});

// Who calls is chosen by a test header (as in routes.test.ts).
vi.mock("@/lib/auth/api-actor", () => ({
  getApiActor: async (req: Request) => hoisted.actors[req.headers.get("x-test-user") ?? ""] ?? null,
}));

const { getDb } = await import("@/db");
const { users, userPreferences, states } = await import("@/db/schema");
const { ensureBodies, seedFoundingCase } = await import("@/db/seed");
const { SYSTEM_ACTOR } = await import("@/lib/auth/roles");
const { importFile } = await import("@/lib/data/import-batches");
const { TRACKER_CSV_COLUMN_KEYS, TRACKER_CSV_HEADERS } = await import("@/lib/tracker-csv/columns");
const { formatMessage } = await import("@/lib/i18n/catalogue");
const csvRoute = await import("@/app/api/export/recommendations.csv/route");
const xlsxRoute = await import("@/app/api/export/recommendations.xlsx/route");
const pdfRoute = await import("@/app/api/export/report.pdf/route");
const publicCsvRoute = await import("@/app/public/export/recommendations.csv/route");
const publicPdfRoute = await import("@/app/public/export/report.pdf/route");
const caseFileRoute = await import("@/app/api/export/recommendations/[id]/case-file.pdf/route");

type Route = { GET: (req: Request, ctx: { params: Promise<Record<string, never>> }) => Promise<Response> };
const call = (route: Route, url: string, headers: Record<string, string> = {}) =>
  route.GET(new Request(`http://tracker.test${url}`, { headers }), { params: Promise.resolve({}) });
const as = (user: string, more: Record<string, string> = {}) => ({ "x-test-user": user, ...more });
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

const RU_HEADERS = TRACKER_CSV_COLUMN_KEYS.map((k) => formatMessage(`files.columns.${k}`, {}, "ru"));
/**
 * The English header line users' scripts read, spelled out: what it had must never change (five columns
 * were appended after "Link", so every earlier column keeps its position).
 */
const EN_HEADER_LINE =
  "\uFEFFID,Document symbol,Paragraph,Body,State code,State,Cycle,Date,Recommendation text,Themes,Affected persons," +
  "SDG targets,Current status,Status date,Latest state response,Response date,Response quote,Follow-up grade," +
  "Follow-up grade (as written),Grade date,Reiterates,Reiterated by,Outstanding since,Responsible institutions,Link," +
  "Subject,UPR position,UPR position (as written),Recommending states,UPR action category\r\n";
/** The workbook's headers: the CSV's, each date column followed by its typed twin ("Date (date)"). */
const sheetHeaders = (headers: readonly string[], lang: string) =>
  headers.flatMap((h, i) =>
    ["date", "statusDate", "stanceDate", "gradeDate"].includes(TRACKER_CSV_COLUMN_KEYS[i])
      ? [h, formatMessage("files.dateColumn", { column: h }, lang)]
      : [h],
  );

const headerLine = (bytes: Buffer) => bytes.toString("utf8").split("\r\n")[0] + "\r\n";
const csvRecords = (bytes: Buffer) =>
  parse<Record<string, string>>(bytes.toString("utf8").replace(/^\uFEFF/, ""), { columns: true });

async function pdfText(bytes: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

const TABLES = ["recommendations", "assessments", "state_responses", "follow_up_grades", "reiterations", "documents"];
const counts = () =>
  TABLES.map((table) => getDb().$client.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number);

beforeAll(() => {
  const db = getDb();
  ensureBodies(db);
  seedFoundingCase(db);
  db.update(states)
    .set({ published: true })
    .where(sql`code = 'KAZ'`)
    .run();
  // "plain" has chosen no language; "russian" chose Russian in the profile, "english" English.
  for (const [key, locale] of [
    ["plain", null],
    ["russian", "ru"],
    ["english", "en"],
  ] as const) {
    const row = db
      .insert(users)
      .values({ email: `${key}@example.org`, name: key, role: "viewer" as Role, passwordHash: "unused" })
      .returning()
      .get();
    if (locale) db.insert(userPreferences).values({ userId: row.id, locale }).run();
    hoisted.actors[key] = { id: row.id, email: row.email, name: row.name, role: "viewer" };
  }
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

describe("CSV in the reader's language", () => {
  it("?lang=ru: Russian headers, Russian statuses, responses and references", async () => {
    const res = await call(csvRoute, "/api/export/recommendations.csv?state=KAZ&lang=ru", as("plain"));
    expect(res.status).toBe(200);
    const bytes = await bytesOf(res);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Object.keys(csvRecords(bytes)[0])).toEqual(RU_HEADERS);
    expect(RU_HEADERS).toContain("Текущий статус");
    const founding = csvRecords(bytes).find(
      (r) => r["Условное обозначение документа"] === "CCPR/C/KAZ/CO/2" && r["Повторяет"],
    )!;
    expect(founding["Повторяет"]).toBe("CCPR/C/KAZ/CO/1, п. 23");
    expect(founding["Текущий статус"]).toBe("Не выполнена");
    expect(founding["Последний ответ государства"]).toBe("Отклоняет / не признаёт");
    expect(founding["Остаётся невыполненной с"]).toBe("2011");
    // No English label is left in a vocabulary column.
    for (const r of csvRecords(bytes)) expect(r["Текущий статус"]).not.toMatch(/[A-Za-z]/);
  });

  it("English stays byte-for-byte in its headers, whoever asks in English", async () => {
    for (const headers of [as("plain"), as("english"), as("russian", {})]) {
      const lang = headers["x-test-user"] === "russian" ? "&lang=en" : "";
      const bytes = await bytesOf(await call(csvRoute, `/api/export/recommendations.csv?state=KAZ${lang}`, headers));
      expect(headerLine(bytes)).toBe(EN_HEADER_LINE);
      expect(csvRecords(bytes).some((r) => r["Current status"] === "Not implemented")).toBe(true);
    }
    expect(EN_HEADER_LINE).toBe(`\uFEFF${Object.values(TRACKER_CSV_HEADERS).join(",")}\r\n`);
  });

  it("without ?lang: the profile, then the NEXT_LOCALE cookie, then Accept-Language decide", async () => {
    const header = async (headers: Record<string, string>) =>
      headerLine(await bytesOf(await call(csvRoute, "/api/export/recommendations.csv?state=KAZ", headers)));
    const russian = `\uFEFF${RU_HEADERS.join(",")}\r\n`;
    expect(await header(as("russian"))).toBe(russian);
    expect(await header(as("russian", { "accept-language": "en" }))).toBe(russian);
    expect(await header(as("english", { cookie: "NEXT_LOCALE=ru", "accept-language": "ru" }))).toBe(EN_HEADER_LINE);
    expect(await header(as("plain", { cookie: "NEXT_LOCALE=ru" }))).toBe(russian);
    expect(await header(as("plain", { "accept-language": "ru-RU,ru;q=0.9,en;q=0.8" }))).toBe(russian);
    expect(await header(as("plain", { "accept-language": "de-DE,en;q=0.5" }))).toBe(EN_HEADER_LINE);
  });

  it("the portal's CSV follows the same rule, signed out", async () => {
    const ru = await bytesOf(await call(publicCsvRoute, "/public/export/recommendations.csv?state=KAZ&lang=ru"));
    expect(headerLine(ru)).toBe(`\uFEFF${RU_HEADERS.join(",")}\r\n`);
    const viaBrowser = await bytesOf(
      await call(publicCsvRoute, "/public/export/recommendations.csv?state=KAZ", { "accept-language": "ru" }),
    );
    expect(headerLine(viaBrowser)).toBe(`\uFEFF${RU_HEADERS.join(",")}\r\n`);
    const en = await bytesOf(await call(publicCsvRoute, "/public/export/recommendations.csv?state=KAZ"));
    expect(headerLine(en)).toBe(EN_HEADER_LINE);
  });
});

describe("Excel in the reader's language", () => {
  it("?lang=ru: Russian sheet names, headers, labels and About sheet", async () => {
    const res = await call(xlsxRoute, "/api/export/recommendations.xlsx?state=KAZ&lang=ru", as("english"));
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(res)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Рекомендации", "Меры", "Об этом экспорте"]);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(sheetHeaders(RU_HEADERS, "ru"));
    const status = header.indexOf("Текущий статус") + 1;
    const statuses = Array.from(
      { length: sheet.actualRowCount - 1 },
      (_, i) => sheet.getRow(i + 2).getCell(status).value,
    );
    expect(statuses).toContain("Не выполнена");
    const about = new Map<string, unknown>();
    workbook
      .getWorksheet("Об этом экспорте")!
      .eachRow((row) => about.set(toText(row.getCell(1).value), row.getCell(2).value));
    expect(about.has("Экспорт Treaty Tracker: рекомендации органов ООН по правам человека")).toBe(true);
    expect(about.get("Экспортировано рекомендаций")).toBe(3);
    expect(about.has("Фильтры, по которым сделан этот экспорт")).toBe(true);
  });

  it("English by default, exactly the English headers", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await bytesOf(await call(xlsxRoute, "/api/export/recommendations.xlsx?state=KAZ", as("plain")))) as never,
    );
    expect((workbook.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(
      sheetHeaders(Object.values(TRACKER_CSV_HEADERS), "en"),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Recommendations", "Actions", "About this export"]);
  });
});

describe("the PDF report in the reader's language", () => {
  it("?lang=ru: Russian headings, labels and method", async () => {
    const res = await call(pdfRoute, "/api/export/report.pdf?state=KAZ&lang=ru", as("plain"));
    expect(res.status).toBe(200);
    const text = await pdfText(await bytesOf(res));
    // The kicker is letter-spaced in the PDF's text ("О Т Ч Ё Т …").
    expect(text).toContain("О Т Ч Ё Т П О Г О С УД А Р С Т В У");
    expect(text).toContain("Выполнение рекомендаций органов ООН по правам человека: ");
    expect(text).toContain("Об этом отчёте");
    expect(text).toContain("Резюме");
    expect(text).toContain("Остаётся невыполненной с 2011 года");
    expect(text).toContain("CCPR/C/KAZ/CO/1, п. 23");
    expect(text).toContain("Не выполнена");
    expect(text).not.toContain("Implementation of UN");
    expect(text).not.toContain("Outstanding since");
  });

  it("the profile decides without ?lang; English for an English reader", async () => {
    expect(
      await pdfText(await bytesOf(await call(pdfRoute, "/api/export/report.pdf?state=KAZ", as("russian")))),
    ).toContain("Выполнение рекомендаций органов ООН по правам человека: ");
    const en = await pdfText(await bytesOf(await call(pdfRoute, "/api/export/report.pdf?state=KAZ", as("english"))));
    expect(en).toContain("Implementation of UN human-rights recommendations");
    expect(en).not.toContain("Выполнение");
  });

  it("the portal's report too; and its refusals are in the reader's language", async () => {
    const text = await pdfText(
      await bytesOf(await call(publicPdfRoute, "/public/export/report.pdf?state=KAZ&lang=ru")),
    );
    expect(text).toContain("Выполнение рекомендаций органов ООН по правам человека: ");
    const none = await call(publicPdfRoute, "/public/export/report.pdf?lang=ru");
    expect(none.status).toBe(400);
    expect((await none.json()).error.message).toBe(
      "Отчёт охватывает одно государство: выберите ровно одно, например ?state=KAZ.",
    );
    const unknown = await call(pdfRoute, "/api/export/report.pdf?state=ZZZ&lang=ru", as("plain"));
    expect((await unknown.json()).error.message).toBe("Государство ZZZ не найдено.");
    const english = await call(pdfRoute, "/api/export/report.pdf?state=ZZZ", as("plain"));
    expect((await english.json()).error.message).toBe("state ZZZ was not found.");
  });
});

describe("the case file in the reader's language", () => {
  it("?lang=ru: Russian headings and facts; English without", async () => {
    const id = getDb().get<{ id: number }>(sql`SELECT id FROM recommendations ORDER BY id LIMIT 1`).id;
    const get = (query: string) =>
      caseFileRoute.GET(
        new Request(`http://tracker.test/api/export/recommendations/${id}/case-file.pdf${query}`, {
          headers: as("plain"),
        }),
        { params: Promise.resolve({ id: String(id) }) },
      );
    const ru = await pdfText(await bytesOf(await get("?lang=ru")));
    expect(ru).toContain("Кратко");
    expect(ru).toContain("Текущий статус");
    expect(ru).not.toContain("At a glance");
    const en = await pdfText(await bytesOf(await get("")));
    expect(en).toContain("At a glance");
  });
});

describe("a Russian export read back", () => {
  /** Imports `file` and expects it read as the tracker's own, with no warning, creating and adding nothing. */
  async function expectNothingNew(file: Uint8Array, fileName: string) {
    const before = counts();
    const r = await importFile(getDb(), SYSTEM_ACTOR, file, fileName);
    expect(r.parsed.format).toBe("tracker-csv");
    expect(r.parsed.issues).toEqual([]);
    expect(r.summary).toMatchObject({
      created: 0,
      updated: 0,
      history: { assessments: 0, responses: 0, grades: 0, links: 0 },
    });
    expect(counts()).toEqual(before);
  }

  it("the Russian CSV: read as the tracker's own, no warning, nothing created or added", async () => {
    const file = await bytesOf(await call(csvRoute, "/api/export/recommendations.csv?state=KAZ&lang=ru", as("plain")));
    await expectNothingNew(file, "kaz-ru.csv");
  });

  it("the Russian Excel workbook: the same", async () => {
    const file = await bytesOf(
      await call(xlsxRoute, "/api/export/recommendations.xlsx?state=KAZ&lang=ru", as("plain")),
    );
    await expectNothingNew(file, "kaz-ru.xlsx");
  });

  it("the Russian CSV's vocabulary is understood: its records carry the statuses, responses and links", async () => {
    const { parseImportFile } = await import("@/lib/import");
    const file = await bytesOf(await call(csvRoute, "/api/export/recommendations.csv?state=KAZ&lang=ru", as("plain")));
    const english = await bytesOf(await call(csvRoute, "/api/export/recommendations.csv?state=KAZ", as("plain")));
    const ru = await parseImportFile(file, "kaz-ru.csv");
    const en = await parseImportFile(english, "kaz-en.csv");
    expect(ru.records.map((r) => r.tracker)).toEqual(en.records.map((r) => r.tracker));
    expect(ru.records.some((r) => r.tracker?.status === "not_implemented")).toBe(true);
    expect(ru.records.some((r) => r.tracker?.reiterates.length)).toBe(true);
  });
});
