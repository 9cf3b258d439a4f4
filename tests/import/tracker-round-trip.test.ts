/**
 * The tracker's own CSV export, imported (a full round trip):
 * into an empty tracker it tells the same story — status, state response,
 * follow-up grade, reiteration chain — and back into the tracker it came from
 * it changes nothing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { DB } from "@/db";
import { ensureBodies } from "@/db/seed";
import { SYSTEM_ACTOR } from "@/lib/auth/roles";
import { exportRows } from "@/lib/data/export";
import { createGrade } from "@/lib/data/grades";
import { importFile } from "@/lib/data/import-batches";
import { csvStream } from "@/lib/export/csv";
import { parseFilters } from "@/lib/search/filters";
import { foundingDb } from "../export-integration/support";
import { freshDb } from "../support/db";

const handles: { close: () => void }[] = [];
afterEach(() => handles.splice(0).forEach((h) => h.close()));
const track = <T extends { close: () => void }>(h: T) => (handles.push(h), h);

async function exportCsv(db: DB): Promise<Buffer> {
  const rows = exportRows(db, parseFilters(new URLSearchParams("state=KAZ&sort=symbol&dir=asc")));
  return Buffer.from(await new Response(csvStream(rows)).arrayBuffer());
}

/** The export's cells without the ID and Link columns, which differ between two trackers by design. */
async function contentOf(db: DB): Promise<string[]> {
  const lines = (await exportCsv(db))
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  return lines.map((l) => l.replace(/^\d*,/, "").replace(/,[^,]*$/, ""));
}

const founding = (db: DB) =>
  db.get<{
    id: number;
    status: string;
    latestStance: string;
    latestGrade: string | null;
    start: number;
    reiterates: number;
  }>(sql`
    SELECT r.id, r.status, r.latest_stance AS latestStance, r.latest_grade AS latestGrade, r.chain_start_year AS start,
      r.reiterates_earlier AS reiterates
    FROM recommendations r JOIN documents d ON d.id = r.document_id
    WHERE d.symbol = 'CCPR/C/KAZ/CO/2' AND r.text LIKE '%conscientious objection%'`);

describe("the tracker's CSV export, imported", () => {
  it("into an empty tracker: the same recommendations with their status, response, grade and 'outstanding since'", async () => {
    const origin = track(foundingDb());
    // A follow-up grade, so the export carries one to read back.
    createGrade(origin.db, SYSTEM_ACTOR, founding(origin.db).id, { date: "2018-07-26", grade: "C2" });
    const file = await exportCsv(origin.db);

    const fresh = track(freshDb());
    ensureBodies(fresh.db);
    const first = await importFile(fresh.db, SYSTEM_ACTOR, file, "kaz-export.csv");
    expect(first.parsed.format).toBe("tracker-csv");
    expect(first.parsed.issues).toEqual([]);
    const total = origin.db.get<{ n: number }>(
      sql`SELECT COUNT(*) AS n FROM recommendations WHERE archived_at IS NULL`,
    ).n;
    expect(first.summary).toMatchObject({ created: total, updated: 0 });
    expect(first.summary!.history).toMatchObject({ grades: 1 });
    expect(first.summary!.history!.assessments).toBeGreaterThan(0);
    expect(first.summary!.history!.links).toBeGreaterThan(0);

    expect(founding(fresh.db)).toMatchObject({
      status: "not_implemented",
      latestStance: founding(origin.db).latestStance,
      latestGrade: "C",
      start: 2011,
      reiterates: 1,
    });
    // Every cell but ID and Link reads the same from both trackers.
    expect(await contentOf(fresh.db)).toEqual(await contentOf(origin.db));

    const again = await importFile(fresh.db, SYSTEM_ACTOR, file, "kaz-export.csv");
    expect(again.summary).toMatchObject({
      created: 0,
      updated: 0,
      skipped: total,
      history: { assessments: 0, responses: 0, grades: 0, links: 0 },
    });
  });

  it("back into the tracker it came from: nothing created, nothing added", async () => {
    const origin = track(foundingDb());
    const count = (table: string) => origin.db.$client.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    const before = ["recommendations", "assessments", "state_responses", "follow_up_grades", "reiterations"].map(count);
    const r = await importFile(origin.db, SYSTEM_ACTOR, await exportCsv(origin.db), "kaz-export.csv");
    expect(r.summary).toMatchObject({
      created: 0,
      updated: 0,
      history: { assessments: 0, responses: 0, grades: 0, links: 0 },
    });
    expect(
      ["recommendations", "assessments", "state_responses", "follow_up_grades", "reiterations"].map(count),
    ).toEqual(before);
  });

  it("a status an editor archived after the export is not brought back by importing it", async () => {
    const { archiveAssessment, getAssessment } = await import("@/lib/data/assessments");
    const origin = track(foundingDb());
    const file = await exportCsv(origin.db);
    const latest = origin.db.get<{ id: number }>(
      sql`SELECT a.id FROM assessments a WHERE a.recommendation_id = ${founding(origin.db).id} ORDER BY a.date DESC, a.id DESC LIMIT 1`,
    );
    archiveAssessment(origin.db, SYSTEM_ACTOR, latest.id, { version: getAssessment(origin.db, latest.id)!.version });
    const statusAfterArchive = founding(origin.db).status;
    const r = await importFile(origin.db, SYSTEM_ACTOR, file, "kaz-export.csv");
    expect(r.summary).toMatchObject({ created: 0, updated: 0, history: { assessments: 0 } });
    expect(founding(origin.db).status).toBe(statusAfterArchive);
  });

  it("a newer status in the file is added to the history, and the recommendation counts as updated", async () => {
    const origin = track(foundingDb());
    const csv = (await exportCsv(origin.db)).toString("utf8");
    const edited = csv.replace(/Not implemented,\d{4}(-\d{2}(-\d{2})?)?,/, "Partially implemented,2026-11-01,");
    expect(edited).not.toBe(csv);
    const r = await importFile(origin.db, SYSTEM_ACTOR, Buffer.from(edited), "kaz-edited.csv");
    expect(r.summary).toMatchObject({
      created: 0,
      updated: 1,
      history: { assessments: 1, responses: 0, grades: 0, links: 0 },
    });
    const partial = origin.db.get<{ n: number }>(
      sql`SELECT COUNT(*) AS n FROM recommendations WHERE status = 'partially_implemented' AND status_date = '2026-11-01'`,
    ).n;
    expect(partial).toBe(1);
  });

  it("a status without its date is read but not recorded, with a warning on the line", async () => {
    const origin = track(foundingDb());
    const csv = (await exportCsv(origin.db)).toString("utf8");
    const lines = csv.split("\r\n");
    const i = lines.findIndex((l) => /,Not implemented,\d{4}/.test(l));
    lines[i] = lines[i].replace(/,Not implemented,[\d-]+,/, ",Not implemented,,");
    const fresh = track(freshDb());
    ensureBodies(fresh.db);
    const r = await importFile(fresh.db, SYSTEM_ACTOR, Buffer.from(lines.join("\r\n")), "kaz-nodate.csv");
    expect(r.parsed.issues.map((x) => x.message)).toContain(
      `Line ${i + 1}, column Status date: 'Not implemented' has no date in this column, ` +
        `so it is not added to the recommendation's history.`,
    );
    expect(r.summary!.created).toBeGreaterThan(0);
  });
});

describe("the summary's history sentence", () => {
  it("gives each count its own plural form", async () => {
    const { importHistoryText } = await import("@/lib/import/history-text");
    expect(importHistoryText({ assessments: 1, responses: 0, grades: 2, links: 1 })).toBe(
      "History added from the export: 1 status, 0 state responses, 2 follow-up grades, 1 reiteration link.",
    );
  });
});
