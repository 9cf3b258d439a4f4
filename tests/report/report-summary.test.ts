/**
 * What the state report says about one recommendation, on the seeded demo,
 * alike on the printable page (its components, rendered to HTML) and in the PDF:
 * the summary never contradicts its own figures, and no sentence says a thing twice.
 */
import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-report-summary-${process.pid}-${Date.now()}/test.db`;
});

const { getDb } = await import("@/db");
const { bootstrap } = await import("@/lib/bootstrap");
const { readConfig } = await import("@/lib/config");
const { getStateReport, reportAssessedOnly } = await import("@/lib/data/report");
const { renderStateReportPdf } = await import("@/lib/export/pdf");
const { reportHighlights } = await import("@/lib/export/report/sections");
const { parseFilters } = await import("@/lib/search/filters");
const { ReportHighlights } = await import("@/app/(app)/reports/_components/report-highlights");

const db = () => getDb();
const NOW = new Date("2026-12-02T12:00:00Z");
const report = (q: string) =>
  getStateReport(db(), "KAZ", parseFilters(new URLSearchParams(q)), {
    now: NOW,
    assessedOnly: reportAssessedOnly(new URLSearchParams(q)),
    locale: "en",
  })!;
const html = (el: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(el)
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");
async function pdfText(bytes: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

beforeAll(async () => {
  await bootstrap(
    db(),
    readConfig({
      DATABASE_PATH: process.env.DATABASE_PATH,
      ADMIN_EMAIL: "boss@example.org",
      ADMIN_PASSWORD: "long-enough-pw",
    }),
  );
});
afterAll(() => {
  db().$client.close();
  fs.rmSync(path.dirname(process.env.DATABASE_PATH!), { recursive: true, force: true });
});

describe("the summary with include=assessed", () => {
  it("names the overdue follow-up it counts, although that one is not assessed and so left out of the groups", async () => {
    // A recommendation not assessed yet, picked for follow-up with a deadline long past and nothing sent.
    const id = db()
      .$client.prepare(
        "SELECT id FROM recommendations WHERE status IS NULL AND latest_stance IS NULL AND latest_grade IS NULL ORDER BY id LIMIT 1",
      )
      .pluck()
      .get() as number;
    db()
      .$client.prepare("UPDATE recommendations SET is_follow_up = 1, follow_up_deadline = '2020' WHERE id = ?")
      .run(id);
    try {
      const data = report("include=assessed");
      expect(data.kpis.overdue).toBe(1);
      expect(data.recommendations.some((r) => r.id === id)).toBe(false);
      const overdue = reportHighlights(data).overdue;
      expect(overdue.map((r) => r.id)).toEqual([id]);
      // The rejected one and the longest chain are still named, as before.
      expect(reportHighlights(data).rejected).toHaveLength(1);
      expect(reportHighlights(data).longest.length).toBeGreaterThan(0);

      const title = overdue[0].title.slice(0, 40);
      const page = html(createElement(ReportHighlights, { data }));
      expect(page).not.toContain("No follow-up in this selection is overdue.");
      expect(page).toContain(title);
      const pdf = await pdfText(await renderStateReportPdf(data));
      expect(pdf).not.toContain("No follow-up in this selection is overdue.");
      expect(pdf).toContain("319 recommendations not assessed yet are left out of this report.");
    } finally {
      db()
        .$client.prepare("UPDATE recommendations SET is_follow_up = 0, follow_up_deadline = NULL WHERE id = ?")
        .run(id);
    }
  });
});
