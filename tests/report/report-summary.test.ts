/**
 * What the state report says about one recommendation, on the seeded demo,
 * alike on the printable page (its components, rendered to HTML) and in the PDF:
 * the summary never contradicts its own figures, and no sentence says a thing twice.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { removeDemo, seedDemo } from "../support/seeded-demo";

vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-report-summary-${process.pid}-${Date.now()}/test.db`;
});

const { getDb } = await import("@/db");
const { getStateReport, reportAssessedOnly } = await import("@/lib/data/report");
const { renderStateReportPdf } = await import("@/lib/export/pdf");
const { reportHighlights } = await import("@/lib/export/report/sections");
const { parseFilters } = await import("@/lib/search/filters");
const { getCaseFile } = await import("@/lib/data/case-file");
const { renderCaseFilePdf } = await import("@/lib/export/case-file");
const { ReportHighlights } = await import("@/app/(app)/reports/_components/report-highlights");
const { ReportChains, ReportTable } = await import("@/app/(app)/reports/_components/report-table");

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
const times = (text: string, needle: string) => text.split(needle).length - 1;
/** A demo UPR recommendation by its first words. */
const upr = (start: string) => report("body=UPR").recommendations.find((r) => r.text.startsWith(start))!;
async function pdfText(bytes: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

beforeAll(async () => {
  await seedDemo();
});
afterAll(removeDemo);

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

describe("the reiteration chains with include=assessed", () => {
  it("still show a chain whose latest recommendation is not assessed, as the Reiterated figure counts it", async () => {
    const chained = report("").recommendations.filter((r) => r.chain.length > 0);
    expect(chained.length).toBeGreaterThan(0);
    const ids = chained.map((r) => r.id);
    const before = db()
      .$client.prepare(`SELECT id, status FROM recommendations WHERE id IN (${ids.join(",")})`)
      .all() as { id: number; status: string | null }[];
    db()
      .$client.prepare(`UPDATE recommendations SET status = NULL WHERE id IN (${ids.join(",")})`)
      .run();
    try {
      const data = report("include=assessed");
      expect(data.kpis.reiterated).toBeGreaterThan(0);
      expect(data.recommendations.some((r) => ids.includes(r.id))).toBe(false);
      const page = html(createElement(ReportChains, { data }));
      expect(page).not.toContain("No recommendation in this selection reiterates an earlier one.");
      const pdf = await pdfText(await renderStateReportPdf(data));
      expect(pdf).not.toContain("No recommendation in this selection reiterates an earlier one.");
    } finally {
      const restore = db().$client.prepare("UPDATE recommendations SET status = ? WHERE id = ?");
      for (const r of before) restore.run(r.status, r.id);
    }
  });
});

describe("the PDF in Russian", () => {
  it("names the state in Russian on the cover and in the footers, as the web report does", async () => {
    const data = getStateReport(db(), "KAZ", parseFilters(new URLSearchParams("body=CCPR")), {
      now: NOW,
      locale: "ru",
    })!;
    const pdf = await pdfText(await renderStateReportPdf(data));
    expect(pdf).toContain("Казахстан");
    expect(pdf).not.toContain(": Kazakhstan");
  });
});

describe("a UPR recommendation's text", () => {
  const ONE_SENTENCE =
    "Adopt strict safeguards to ensure that no statement obtained through torture can be used in courts";
  const LONG = "Abolish requirements for the registration of religious groups";

  it("is printed once when the title is all of it, in the web report and in the PDF", async () => {
    const rec = upr(ONE_SENTENCE);
    expect(rec.title).toBe(ONE_SENTENCE);
    expect(rec.rest).toBeNull();
    const data = { ...report("body=UPR"), recommendations: [rec] };
    expect(times(html(createElement(ReportTable, { data })), ONE_SENTENCE)).toBe(1);
    expect(times(await pdfText(await renderStateReportPdf(data)), ONE_SENTENCE)).toBe(1);
  });

  it("goes on where a cut title stops, instead of starting again", async () => {
    const rec = upr(LONG);
    expect(rec.title.endsWith("…")).toBe(true);
    expect(rec.rest).toMatch(/^…/);
    const data = { ...report("body=UPR"), recommendations: [rec] };
    const page = html(createElement(ReportTable, { data }));
    expect(times(page, LONG)).toBe(1);
    expect(page).toContain("guarantee freedom of belief");
    const pdf = await pdfText(await renderStateReportPdf(data));
    expect(times(pdf, LONG)).toBe(1);
  });

  it("is printed once in the case file, whether the title is all of it or cut", async () => {
    // Every page's footer names the case file by its title: the body is what is counted.
    const body = (text: string) => text.replace(/Treaty Tracker · .*?Page \d+ of \d+/g, "");
    const one = await pdfText(await renderCaseFilePdf(getCaseFile(db(), upr(ONE_SENTENCE).id, { locale: "en" })!));
    expect(times(body(one), ONE_SENTENCE)).toBe(1);
    expect(one).not.toContain("The recommendation");
    const long = getCaseFile(db(), upr(LONG).id, { locale: "en" })!;
    expect(long.title.endsWith("…")).toBe(true);
    expect(long.text).toMatch(/^…/);
    expect(times(body(await pdfText(await renderCaseFilePdf(long))), LONG)).toBe(1);
  });
});

describe("the case file's facts", () => {
  it("name the recommending states under their label once, in English and in Russian", async () => {
    const id = upr("Adopt strict safeguards to ensure").id;
    const en = await pdfText(await renderCaseFilePdf(getCaseFile(db(), id, { locale: "en" })!));
    expect(en).toContain("Recommended by Czech Republic");
    expect(en).not.toContain("Recommended by Recommended by");
    const ru = await pdfText(await renderCaseFilePdf(getCaseFile(db(), id, { locale: "ru" })!));
    expect(ru).toContain("Кем рекомендовано Czech Republic");
    expect(ru).not.toContain("Рекомендующие государства");
  });
});

describe("a UPR recommendation in the state report", () => {
  it("names the states that made it, on the web page and in the PDF", async () => {
    const rec = upr("Adopt strict safeguards to ensure");
    expect(rec.recommendingStates).toEqual(["Czech Republic"]);
    const data = { ...report("body=UPR"), recommendations: [rec] };
    expect(html(createElement(ReportTable, { data }))).toContain("Recommended by Czech Republic");
    expect(await pdfText(await renderStateReportPdf(data))).toContain("Recommended by Czech Republic");
  });
});

describe("Outstanding since", () => {
  it("is said of the founding case, which repeats nothing, on the web page as in the PDF", async () => {
    const all = report("body=CCPR");
    const co1 = all.recommendations.find((r) => r.symbol === "CCPR/C/KAZ/CO/1" && r.paragraph === "23")!;
    expect(co1.chain).toEqual([]);
    expect(co1.outstandingSince).toBe(2011);
    const data = { ...all, recommendations: [co1] };
    expect(html(createElement(ReportTable, { data }))).toContain("Outstanding since 2011");
    expect(await pdfText(await renderStateReportPdf(data))).toContain("Outstanding since 2011");
  });
});

describe("a recommendation's cycle", () => {
  it("reads 'UPR session 7' for a UPR one and 'Cycle 1' for a treaty body's, on the web page as in the PDF", async () => {
    const data = {
      ...report(""),
      recommendations: [upr("Adopt strict safeguards to ensure"), report("body=CCPR").recommendations[0]],
    };
    const page = html(createElement(ReportTable, { data }));
    expect(page).toContain("UPR session 7");
    expect(page).not.toContain("Cycle UPR");
    expect(page).toContain("Cycle 1");
    const pdf = await pdfText(await renderStateReportPdf(data));
    expect(pdf).not.toContain("Cycle UPR");
    expect(pdf).toContain("Cycle 1");
  });
});
