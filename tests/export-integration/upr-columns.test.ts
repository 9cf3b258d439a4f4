/**
 * "Complete exports" (README "Exports"): the subject, the UPR position (label and as written), the
 * recommending states and UPR Info's action category in the CSV and the workbook, in English and
 * Russian; Excel dates as dates beside their text, numbers as numbers; and every file read back by
 * the importer creates and changes nothing, while a changed cell in a re-imported file updates the
 * record. Real SQLite, real migrations, the real UPR Info rows for Kazakhstan (session 7).
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { toText } from "@/lib/to-text";
import { freshDb } from "../support/db";

const hoisted = vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-export-upr-${process.pid}-${Date.now()}/test.db`;
  return { actor: null as Actor | null };
});
vi.mock("@/lib/auth/api-actor", () => ({ getApiActor: async () => hoisted.actor }));

const { getDb } = await import("@/db");
const { users } = await import("@/db/schema");
const { ensureBodies, seedFoundingCase } = await import("@/db/seed");
const { SYSTEM_ACTOR } = await import("@/lib/auth/roles");
const { importFile } = await import("@/lib/data/import-batches");
const { TRACKER_CSV_HEADERS } = await import("@/lib/tracker-csv/columns");
const { formatMessage } = await import("@/lib/i18n/catalogue");
const csvRoute = await import("@/app/api/export/recommendations.csv/route");
const xlsxRoute = await import("@/app/api/export/recommendations.xlsx/route");

type Route = { GET: (req: Request, ctx: { params: Promise<Record<string, never>> }) => Promise<Response> };
const download = async (route: Route, query: string) => {
  const url = `http://tracker.test/api/export/recommendations${route === csvRoute ? ".csv" : ".xlsx"}?${query}`;
  const res = await route.GET(new Request(url), { params: Promise.resolve({}) });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};
const csvRecords = (bytes: Buffer) =>
  parse<Record<string, string>>(bytes.toString("utf8").replace(/^\uFEFF/, ""), { columns: true });
const workbookOf = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0];
};
/** The sheet's rows as header → cell objects. */
const sheetRecords = (sheet: ExcelJS.Worksheet) => {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, ExcelJS.Cell>[] = [];
  for (let r = 2; r <= sheet.actualRowCount; r++) {
    const row = sheet.getRow(r);
    out.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1)])));
  }
  return out;
};

const NEW_KEYS = ["subject", "uprPosition", "uprPositionAsWritten", "recommendingStates", "uprActionCategory"] as const;
const ru = (key: string) => formatMessage(`files.columns.${key}`, {}, "ru");
const DEATH_PENALTY = "Abolish the death penalty in all circumstances";
const SUBJECT = "Conscientious objection to military service";

/** UPR Info's Kazakhstan rows of sessions 6–9 (tests/fixtures/real), as one small file. */
function kazakhstanUprInfo(): Buffer {
  const file = path.join(process.cwd(), "tests/fixtures/real/upr-info-2008-2014/6-9.csv");
  const lines = fs.readFileSync(file, "utf8").split(/\r\n|\r|\n/);
  return Buffer.from([lines[0], ...lines.filter((l) => l.startsWith("Kazakhstan,"))].join("\r\n") + "\r\n");
}

const TABLES = ["recommendations", "recommending_states", "state_responses", "assessments", "follow_up_grades"];
const counts = (db = getDb()) =>
  TABLES.map((table) => db.$client.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number);

beforeAll(async () => {
  const db = getDb();
  ensureBodies(db);
  seedFoundingCase(db);
  db.run(sql`UPDATE recommendations SET subject = ${SUBJECT}
    WHERE id = (SELECT r.id FROM recommendations r JOIN documents d ON d.id = r.document_id
      WHERE d.symbol = 'CCPR/C/KAZ/CO/2' ORDER BY r.id LIMIT 1)`);
  const upr = await importFile(db, SYSTEM_ACTOR, kazakhstanUprInfo(), "kaz-upr-info.csv");
  expect(upr.summary?.created).toBeGreaterThan(10);
  const row = db
    .insert(users)
    .values({ email: "viewer@example.org", name: "viewer", role: "viewer", passwordHash: "unused" })
    .returning()
    .get();
  hoisted.actor = { id: row.id, email: row.email, name: row.name, role: "viewer" };
});
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

describe("the new columns", () => {
  it("CSV in English: after Link, with the subject, position, wording, recommending states and category", async () => {
    const bytes = await download(csvRoute, "state=KAZ");
    const header = bytes.toString("utf8").split("\r\n")[0];
    expect(header).toBe(
      "\uFEFFID,Document symbol,Paragraph,Body,State code,State,Cycle,Date,Recommendation text,Themes,Affected persons," +
        "SDG targets,Current status,Status date,Latest state response,Response date,Response quote,Follow-up grade," +
        "Follow-up grade (as written),Grade date,Reiterates,Reiterated by,Outstanding since,Responsible institutions,Link," +
        "Subject,UPR position,UPR position (as written),Recommending states,UPR action category",
    );
    const records = csvRecords(bytes);
    const death = records.find((r) => r["Recommendation text"].startsWith(DEATH_PENALTY))!;
    expect(death).toMatchObject({
      Body: "UPR",
      "UPR position": "Supported",
      "UPR position (as written)": "Accepted",
      "Recommending states": "France",
      "UPR action category": "5",
      Themes: "Death penalty",
      Subject: "",
    });
    expect(records.find((r) => r.Subject === SUBJECT)?.Body).toBe("CCPR");
    const noted = records.find((r) => r["UPR position (as written)"] === "Noted");
    expect(noted?.["UPR position"]).toBe("Noted");
  });

  it("CSV in Russian: the UN's Russian headers and the position's Russian label", async () => {
    const records = csvRecords(await download(csvRoute, "state=KAZ&lang=ru"));
    expect(NEW_KEYS.map(ru)).toEqual([
      "Тема",
      "Позиция по УПО",
      "Позиция по УПО (как в документе)",
      "Рекомендующие государства",
      "Категория действия (УПО)",
    ]);
    expect(Object.keys(records[0]).slice(-5)).toEqual(NEW_KEYS.map(ru));
    const death = records.find((r) => r["Текст рекомендации"].startsWith(DEATH_PENALTY))!;
    expect(death["Позиция по УПО"]).toBe(formatMessage("labels.uprPosition.supported", {}, "ru"));
    expect(death["Позиция по УПО"]).not.toBe("Supported");
    expect(death["Позиция по УПО (как в документе)"]).toBe("Accepted");
    expect(death["Рекомендующие государства"]).toBe("France");
    expect(death["Категория действия (УПО)"]).toBe("5");
    expect(records.find((r) => r["Тема"] === SUBJECT)).toBeDefined();
  });

  it("Excel: the same columns; full dates as dates beside their text, numbers as numbers", async () => {
    for (const lang of ["en", "ru"]) {
      const sheet = await workbookOf(await download(xlsxRoute, `state=KAZ&lang=${lang}`));
      const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const h = (key: keyof typeof TRACKER_CSV_HEADERS) => (lang === "en" ? TRACKER_CSV_HEADERS[key] : ru(key));
      expect(headers.slice(-5)).toEqual(NEW_KEYS.map(h));
      const dateTwin = formatMessage("files.dateColumn", { column: h("date") }, lang);
      expect(headers.indexOf(dateTwin)).toBe(headers.indexOf(h("date")) + 1);
      const rows = sheetRecords(sheet);
      const death = rows.find((r) => toText(r[h("text")].value).startsWith(DEATH_PENALTY))!;
      expect(death[h("uprActionCategory")].type).toBe(ExcelJS.ValueType.Number);
      expect(death[h("uprActionCategory")].value).toBe(5);
      expect(death[h("id")].type).toBe(ExcelJS.ValueType.Number);
      expect(death[h("recommendingStates")].value).toBe("France");
      expect(death[h("uprPositionAsWritten")].value).toBe("Accepted");
      const founding = rows.find((r) => r[h("subject")].value === SUBJECT)!;
      expect(founding[h("cycle")].value).toBe(2);
      expect(founding[h("cycle")].type).toBe(ExcelJS.ValueType.Number);
      // Every date column: a text cell as in the CSV; the twin is a date exactly when the text is a full date.
      for (const key of ["date", "statusDate", "stanceDate", "gradeDate"] as const) {
        const twin = formatMessage("files.dateColumn", { column: h(key) }, lang);
        for (const r of rows) {
          const text = r[h(key)].value;
          if (text === null) {
            expect(r[twin].value).toBeNull();
            continue;
          }
          expect(typeof text).toBe("string");
          if (/^\d{4}-\d{2}-\d{2}$/.test(toText(text))) {
            expect(r[twin].type).toBe(ExcelJS.ValueType.Date);
            expect((r[twin].value as Date).toISOString().slice(0, 10)).toBe(text);
            expect(r[twin].numFmt).toBe("yyyy-mm-dd");
          } else expect(r[twin].value).toBeNull();
        }
      }
      expect(rows.some((r) => /^\d{4}(-\d{2})?$/.test(toText(r[h("date")].value)))).toBe(true); // a partial date
    }
  });
});

describe("read back", () => {
  it.each([
    ["CSV", "en"],
    ["CSV", "ru"],
    ["Excel", "en"],
    ["Excel", "ru"],
  ])("the %s export in %s: nothing created, nothing changed, no warning", async (kind, lang) => {
    const route = kind === "CSV" ? csvRoute : xlsxRoute;
    const file = await download(route, `state=KAZ&lang=${lang}`);
    const before = counts();
    const r = await importFile(getDb(), SYSTEM_ACTOR, file, `kaz.${kind === "CSV" ? "csv" : "xlsx"}`);
    expect(r.parsed.format).toBe("tracker-csv");
    expect(r.parsed.issues).toEqual([]);
    expect(r.summary).toMatchObject({ created: 0, updated: 0 });
    expect(counts()).toEqual(before);
    const upr = r.parsed.records.find((x) => x.text.startsWith(DEATH_PENALTY))!;
    expect(upr).toMatchObject({
      uprPosition: "supported",
      uprPositionRaw: "Accepted",
      recommendingStates: ["France"],
      recommendingStateCodes: ["FRA"],
      uprActionCategory: 5,
    });
    expect(r.parsed.records.some((x) => x.tracker?.subject === SUBJECT)).toBe(true);
  });

  it("into another tracker: the first import creates the rows, the same file again nothing; a changed cell updates", async () => {
    const other = freshDb();
    try {
      ensureBodies(other.db);
      const file = await download(csvRoute, "state=KAZ");
      const first = await importFile(other.db, SYSTEM_ACTOR, file, "kaz.csv");
      expect(first.summary?.created).toBe(csvRecords(file).length);
      const row = (db = other.db) =>
        db.$client
          .prepare(
            `SELECT r.subject, r.upr_position AS position, r.upr_position_raw AS raw, r.upr_action_category AS category,
              (SELECT group_concat(name, '; ') FROM (SELECT name FROM recommending_states x
                WHERE x.recommendation_id = r.id ORDER BY x.rowid)) AS states
            FROM recommendations r WHERE r.text LIKE ?`,
          )
          .get(`${DEATH_PENALTY}%`);
      expect(row()).toEqual({ subject: null, position: "supported", raw: "Accepted", category: 5, states: "France" });
      const before = counts(other.db);
      const again = await importFile(other.db, SYSTEM_ACTOR, file, "kaz-again.csv");
      expect(again.summary).toMatchObject({ created: 0, updated: 0 });
      expect(counts(other.db)).toEqual(before);

      // Edit the death-penalty row's new cells, as a user would in a spreadsheet.
      const records = csvRecords(file);
      const headers = Object.keys(records[0]);
      const edited = records.map((r) =>
        r["Recommendation text"].startsWith(DEATH_PENALTY)
          ? {
              ...r,
              Subject: "Death penalty",
              "UPR position": "Noted",
              "UPR position (as written)": "Noted",
              "Recommending states": "France; Chile",
              "UPR action category": "4",
            }
          : r,
      );
      const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
      const csv = [headers, ...edited.map((r) => headers.map((h) => r[h]))]
        .map((cells) => cells.map(quote).join(","))
        .join("\r\n");
      const changed = await importFile(other.db, SYSTEM_ACTOR, Buffer.from(`\uFEFF${csv}\r\n`), "kaz-edited.csv");
      expect(changed.summary).toMatchObject({ created: 0, updated: 1 });
      expect(row()).toEqual({
        subject: "Death penalty",
        position: "noted",
        raw: "Noted",
        category: 4,
        states: "France; Chile",
      });
    } finally {
      other.close();
    }
  });
});
