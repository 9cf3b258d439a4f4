import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { toText } from "@/lib/to-text";
import { TRACKER_CSV_HEADERS } from "@/lib/export/columns";
import { xlsxStream } from "@/lib/export/xlsx";
import type { ExportMeta } from "@/lib/export/types";
import { foundingRow, readAll } from "./fixtures";

const meta: ExportMeta = {
  filters: [
    { label: "State", value: "Kazakhstan" },
    { label: "Body", value: "Human Rights Committee (CCPR)" },
    { label: "Search", value: "=cmd" },
  ],
  generatedAt: new Date(Date.UTC(2025, 10, 28, 9, 30)),
  sources: [{ title: "Forum 18 News Service", url: "https://forum18.org/archive.php?article_id=2910" }],
};
const hyperlink = '=HYPERLINK("http://x","y")';

/** The CSV's headers, each date followed by its typed twin: the workbook's columns. */
const DATE_HEADERS = ["Date", "Status date", "Response date", "Grade date"];
const SHEET_HEADERS = Object.values<string>(TRACKER_CSV_HEADERS).flatMap((h) =>
  DATE_HEADERS.includes(h) ? [h, `${h} (date)`] : [h],
);
/** A column of the Recommendations sheet by its header (1-based, as exceljs counts). */
const col = (header: string) => {
  const i = SHEET_HEADERS.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i + 1;
};

async function exportWorkbook() {
  const rows = [
    foundingRow(),
    foundingRow({
      id: 1,
      symbol: "CCPR/C/KAZ/CO/1",
      paragraph: "23",
      date: "2011",
      text: hyperlink,
      stanceQuote: "Свобода совести",
      subject: "=Conscientious objection",
      uprPosition: "supported_noted",
      uprPositionAsWritten: "Partially accepted",
      recommendingStates: ["Chile", "Venezuela (Bolivarian Republic of)"],
      uprActionCategory: 4,
      responsibleInstitutions: ["Ministry of Defence (Ministry)"],
      actions: [
        {
          title: "Draft a law on alternative civilian service",
          institutions: ["Ministry of Defence (Ministry)", "Mazhilis (Parliament)"],
          focalPoint: "A. Example (a@example.org)",
          dueDate: "2027-06-30",
          status: "Planned",
          latestProgress: "=SUM(1)",
          latestProgressDate: "2026-11",
        },
      ],
    }),
  ];
  const bytes = await readAll(xlsxStream(rows, meta));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { bytes, workbook };
}

describe("XLSX export", () => {
  it("has the header row, frozen below it, with a filter over every column and row", async () => {
    const { workbook } = await exportWorkbook();
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("Recommendations");
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(SHEET_HEADERS);
    // Every CSV column in the CSV's order: the typed dates are the only extra columns.
    expect(headers.filter((h) => !String(h).endsWith(" (date)"))).toEqual(Object.values(TRACKER_CSV_HEADERS));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(SHEET_HEADERS.length).letter}3`);
    const text = col("Recommendation text");
    expect(sheet.getColumn(text).width).toBeGreaterThan(sheet.getColumn(1).width ?? 0);
    expect(sheet.getRow(2).getCell(text).alignment?.wrapText).toBe(true);
  });

  it("types full dates as dates and keeps partial dates as the text the source gave", async () => {
    const { workbook } = await exportWorkbook();
    const sheet = workbook.worksheets[0];
    // The text column holds the date as the CSV does, full or partial; its twin a real date or nothing.
    expect(sheet.getRow(2).getCell(col("Date")).value).toBe("2016-07-11");
    const full = sheet.getRow(2).getCell(col("Date (date)"));
    expect(full.type).toBe(ExcelJS.ValueType.Date);
    expect((full.value as Date).toISOString()).toBe("2016-07-11T00:00:00.000Z");
    expect(full.numFmt).toBe("yyyy-mm-dd");
    const partial = sheet.getRow(3).getCell(col("Date"));
    expect(partial.type).toBe(ExcelJS.ValueType.String);
    expect(partial.value).toBe("2011");
    expect(sheet.getRow(3).getCell(col("Date (date)")).value).toBeNull();
    // "2024-05" status date: text only; "2024-04-02" response date: a date too.
    expect(sheet.getRow(2).getCell(col("Status date")).value).toBe("2024-05");
    expect(sheet.getRow(2).getCell(col("Status date (date)")).value).toBeNull();
    expect(sheet.getRow(2).getCell(col("Response date (date)")).type).toBe(ExcelJS.ValueType.Date);
  });

  it("writes numbers as numbers: ID, cycle, outstanding since, UPR action category", async () => {
    const { workbook } = await exportWorkbook();
    const sheet = workbook.worksheets[0];
    const cell = (row: number, header: string) => sheet.getRow(row).getCell(col(header));
    expect(cell(2, "ID").value).toBe(2);
    expect(cell(2, "Cycle").value).toBe(2);
    expect(cell(2, "Cycle").type).toBe(ExcelJS.ValueType.Number);
    expect(cell(2, "Outstanding since").value).toBe(2011);
    expect(cell(3, "UPR action category").value).toBe(4);
    expect(cell(2, "UPR action category").value).toBeNull();
  });

  it("has the subject, the UPR position (label and as written) and the recommending states", async () => {
    const { workbook } = await exportWorkbook();
    const row = workbook.worksheets[0].getRow(3);
    expect(row.getCell(col("Subject")).value).toBe("'=Conscientious objection");
    expect(row.getCell(col("UPR position")).value).toBe("Supported/Noted");
    expect(row.getCell(col("UPR position (as written)")).value).toBe("Partially accepted");
    expect(row.getCell(col("Recommending states")).value).toBe("Chile; Venezuela (Bolivarian Republic of)");
    expect(workbook.worksheets[0].getRow(2).getCell(col("Subject")).value).toBeNull();
  });

  it("writes a formula-looking text as an inert string, neutralised like the CSV", async () => {
    const { workbook, bytes } = await exportWorkbook();
    const cell = workbook.worksheets[0].getRow(3).getCell(col("Recommendation text"));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(`'${hyperlink}`);
    expect(workbook.worksheets[0].getRow(3).getCell(col("Response quote")).value).toBe("Свобода совести");
    // No <f> (formula) element anywhere in the sheet XML.
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n));
    expect(names.length).toBe(3);
    for (const name of names) expect(await zip.file(name)!.async("string")).not.toMatch(/<f[ >]/);
  });

  it("lists every action on an Actions sheet: the recommendation, who is responsible, by when, the latest progress", async () => {
    const { workbook } = await exportWorkbook();
    const recs = workbook.worksheets[0];
    const column = col("Responsible institutions");
    expect(recs.getRow(3).getCell(column).value).toBe("Ministry of Defence (Ministry)");
    expect(recs.getRow(2).getCell(column).value).toBeNull();
    const sheet = workbook.getWorksheet("Actions")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "ID",
      "Document symbol",
      "Paragraph",
      "Action",
      "Responsible institutions",
      "Focal point",
      "Due date",
      "Action status",
      "Latest progress: date",
      "Latest progress",
    ]);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(2).value).toBe("CCPR/C/KAZ/CO/1");
    expect(row.getCell(5).value).toBe("Ministry of Defence (Ministry); Mazhilis (Parliament)");
    expect((row.getCell(7).value as Date).toISOString()).toBe("2027-06-30T00:00:00.000Z");
    expect(row.getCell(9).value).toBe("2026-11");
    expect(row.getCell(10).value).toBe("'=SUM(1)");
    expect(sheet.rowCount).toBe(2);
  });

  it("says on a second sheet which filters produced it, when and from which sources", async () => {
    const { workbook } = await exportWorkbook();
    const about = workbook.getWorksheet("About this export")!;
    expect(about).toBeDefined();
    const pairs = new Map<string, unknown>();
    about.eachRow((row) => pairs.set(toText(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get("State")).toBe("Kazakhstan");
    expect(pairs.get("Body")).toBe("Human Rights Committee (CCPR)");
    expect(pairs.get("Search")).toBe("'=cmd");
    expect(pairs.get("Recommendations exported")).toBe(2);
    expect((pairs.get("Generated") as Date).toISOString()).toBe("2025-11-28T09:30:00.000Z");
    expect(pairs.get("Forum 18 News Service")).toBe("https://forum18.org/archive.php?article_id=2910");
  });

  it("names the organisation that made it and its disclaimer on the About sheet", async () => {
    const branded = { ...meta, branding: { organisationName: "KIBHR", disclaimer: "=Not a UN document." } };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readAll(xlsxStream([foundingRow()], branded))) as unknown as ArrayBuffer);
    const pairs = new Map<string, unknown>();
    workbook
      .getWorksheet("About this export")!
      .eachRow((row) => pairs.set(toText(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get("Prepared by")).toBe("KIBHR");
    // The disclaimer is text an admin typed: neutralised like every other cell.
    expect(pairs.get("Disclaimer")).toBe("'=Not a UN document.");
  });

  it("streams from an async source and reports a failing source as a stream error", async () => {
    async function* failing() {
      yield foundingRow();
      throw new Error("database went away");
    }
    await expect(readAll(xlsxStream(failing(), meta))).rejects.toThrow("database went away");
  });

  it("stops pulling rows while the download is not being read, and closes the source on cancel", async () => {
    let produced = 0;
    let closed = false;
    function* endless() {
      try {
        for (;;) {
          produced++;
          yield foundingRow({ id: produced, symbol: `CCPR/C/KAZ/CO/${produced}` });
        }
      } finally {
        closed = true;
      }
    }
    const reader = xlsxStream(endless(), meta).getReader();
    await reader.read();
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // The producer fills its buffers, then must stop: wait for two equal samples (or give up).
    let previous = -1;
    for (let i = 0; i < 20 && produced !== previous; i++) {
      previous = produced;
      await sleep(500);
    }
    const stalledAt = produced;
    await sleep(1000);
    expect(produced).toBe(stalledAt);
    expect(produced).toBeLessThan(20_000);
    await reader.cancel();
    await sleep(50);
    expect(closed).toBe(true);
  }, 120_000); // generous: runs beside other suites on a 2-core machine

  it("keeps memory bounded when the reader is fast and compression is the bottleneck", async () => {
    const text = "The State party should guarantee in practice the rights protected by the Covenant. ".repeat(60);
    function* rows() {
      for (let i = 1; i <= 40_000; i++) yield foundingRow({ id: i, text: `${i} ${text}` });
    }
    const baseline = process.memoryUsage().arrayBuffers;
    let peak = 0;
    let bytes = 0;
    for await (const chunk of xlsxStream(rows(), meta) as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
    }
    expect(bytes).toBeGreaterThan(1_000_000);
    // About 200 MB of sheet XML passes through; without backpressure most of it waits in memory.
    // The peak also counts buffers already dead: V8 collects Buffer memory only after some 64 MB
    // of it since the last collection (seen here: 5–68 MB, falling back at each GC). So the bound
    // is above that and well below what an unbounded producer holds.
    expect(peak).toBeLessThan(100 * 1024 * 1024);
  }, 120_000); // generous: runs beside other suites on a 2-core machine
});
