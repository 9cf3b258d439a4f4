import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderStateReportPdf, stateReportPdfStream } from "@/lib/export/pdf";
import { readAll } from "./fixtures";
import { reportFixture } from "./report-fixture";

async function pdfText(bytes: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  return { totalPages, pages: text, all: text.join("\n") };
}
const squash = (s: string) => s.replace(/\s+/g, " ");

describe("state report PDF", () => {
  it("contains the founding case: title, state, chain, response and recommendation text", async () => {
    const bytes = await renderStateReportPdf(reportFixture());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const { pages, all } = await pdfText(bytes);
    const text = squash(all);
    expect(squash(pages[0])).toContain("Implementation of UN human-rights recommendations: Kazakhstan");
    expect(squash(pages[0])).toContain("Generated 28 November 2025");
    expect(squash(pages[0])).toContain("Forum 18 News Service");
    expect(text).toContain("Outstanding since 2011");
    expect(text).toContain("CCPR/C/KAZ/CO/1, para. 23");
    expect(text).toContain("Rejects / does not recognise");
    expect(text).toContain("The law does not directly recognise the right of an individual");
    expect(text).toContain("ensure the legal recognition of conscientious objection to military service");
    expect(text).toContain("Astana Military Court");
    // Cyrillic survives: the embedded font covers it (Helvetica would drop it).
    expect(text).toContain("Казахстан");
    expect(text).toContain("Свобода вероисповедания");
  });

  it("shows the KPIs and the status legend with counts and shares", async () => {
    const data = reportFixture(0);
    const { all } = await pdfText(await renderStateReportPdf(data));
    const text = squash(all);
    expect(text).toContain("Recommendations tracked");
    expect(text).toContain("Not implemented: 1 (100%)");
    expect(text).toContain("Implemented: 0 (0%)");
    expect(text).toContain("Median years outstanding");
  });

  it("repeats the table header and numbers every page after the cover", async () => {
    const { totalPages, pages } = await pdfText(await renderStateReportPdf(reportFixture(60)));
    expect(totalPages).toBeGreaterThan(4);
    const withHeader = pages.filter((p) => p.includes("Latest state response"));
    expect(withHeader.length).toBeGreaterThan(2);
    pages.slice(1).forEach((p, i) => expect(squash(p)).toContain(`Page ${i + 2} of ${totalPages}`));
    expect(pages[0]).not.toContain(`Page 1 of`);
  });

  it("says so when no recommendation matches, and streams the same document", async () => {
    const empty = { ...reportFixture(0), recommendations: [] };
    const bytes = await readAll(stateReportPdfStream(empty));
    const text = squash((await pdfText(bytes)).all);
    expect(text).toContain("No recommendations match these filters.");
    expect(text).toContain("No recommendation in this selection reiterates an earlier one.");
  });
});
