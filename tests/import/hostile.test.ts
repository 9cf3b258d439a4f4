/**
 * Bad rows are reported by line and column; broken or hostile files are
 * refused with a clear sentence, never a crash or a hang.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { hasErrors, parseImportFile } from "@/lib/import";
import { MAX_CELL_CHARS, MAX_IMPORT_BYTES, MAX_RECORD_CHARS, MAX_ZIP_ENTRY_BYTES } from "@/lib/import/limits";
import { openZip, readZipEntry, ZipRefusal } from "@/lib/import/zip";
import { UPR_INFO_HEADER } from "./helpers";

const csv = (...rows: string[]) => Buffer.from([UPR_INFO_HEADER, ...rows].join("\n"), "utf8");
const GOOD = "Chad,Africa,AU,Abolish the death penalty,France,WEOG,EU,Accepted,5,Death penalty,5";
const errors = (r: { issues: { severity: string; message: string }[] }) =>
  r.issues.filter((i) => i.severity === "error").map((i) => i.message);

async function docx(documentXml: string, extra: Record<string, string> = {}) {
  const zip = new JSZip();
  zip.file("word/document.xml", documentXml);
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("bad rows are reported by line and column", () => {
  it("names a value that is not a UPR position, and still imports the good rows", async () => {
    const r = await parseImportFile(
      csv(GOOD, "Chad,Africa,AU,Close Guantanamo,Cuba,GRULAC,,Maybe,4,Detention,5"),
      "bad.csv",
    );
    expect(errors(r)).toEqual([
      "Line 3, column Response: 'Maybe' is not a UPR position (Supported, Noted, Supported/Noted, Accepted, Rejected).",
    ]);
    expect(r.issues[0]).toMatchObject({ line: 3, column: "Response", severity: "error" });
    expect(r.records).toHaveLength(1);
    expect(r.stats.skipped).toBe(1);
    expect(hasErrors(r)).toBe(true);
  });

  it("reports an empty required cell and a session that is not a number", async () => {
    const r = await parseImportFile(
      csv(
        ",Africa,AU,Some text,France,WEOG,EU,Accepted,5,Justice,5",
        "Chad,Africa,AU,Other text,France,WEOG,EU,Accepted,5,Justice,fifth",
      ),
      "bad.csv",
    );
    expect(errors(r)).toEqual([
      "Line 2, column To: This cell is empty; it is required.",
      "Line 3, column Session: 'fifth' is not a UPR session number (a whole number from 1 to 99).",
    ]);
  });

  it("keeps an unknown State as written, with a warning instead of a crash", async () => {
    const r = await parseImportFile(csv("Atlantis,WEOG,,Protect the sea,Lemuria,Asia,,Accepted,,General,12"), "x.csv");
    expect(r.records[0]).toMatchObject({
      stateName: "Atlantis",
      stateCode: null,
      recommendingStates: ["Lemuria"],
      recommendingStateCodes: [null],
      uprActionCategory: null,
    });
    expect(r.issues.map((i) => i.message)).toEqual([
      "Line 2, column To: 'Atlantis' is not a State this import recognises; kept as written without a country code.",
      "Line 2, column From: 'Lemuria' is not a State this import recognises; kept as written without a country code.",
    ]);
    expect(hasErrors(r)).toBe(false);
  });

  it("refuses a cell longer than the cap, naming it, and keeps the other rows", async () => {
    const long = "x".repeat(MAX_CELL_CHARS + 1);
    const r = await parseImportFile(csv(`Chad,Africa,AU,${long},France,WEOG,EU,Accepted,5,Justice,5`, GOOD), "x.csv");
    expect(errors(r)).toEqual(["Line 2, column Text: The cell holds 20,001 characters; the limit is 20,000."]);
    expect(r.records).toHaveLength(1);
  });
});

describe("broken and hostile files are refused cleanly", () => {
  it("refuses a file over the size limit before reading it", async () => {
    const r = await parseImportFile(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41), "huge.csv");
    expect(errors(r)).toEqual([
      "The file is 51 MB; the limit is 50 MB. Split it (for example by session or year) and import the parts.",
    ]);
    expect(r.records).toEqual([]);
  });

  it("refuses an empty file, an old binary .doc, and a file of unknown columns", async () => {
    expect(errors(await parseImportFile(Buffer.alloc(0), "empty.csv"))).toEqual(["The file is empty."]);
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(errors(await parseImportFile(ole, "old.doc"))[0]).toMatch(/old binary Word or Excel file/);
    const r = await parseImportFile(Buffer.from("Name,Colour\nApple,Red\n"), "fruit.csv");
    expect(r.format).toBeNull();
    expect(errors(r)[0]).toMatch(/^Line 1: This file does not look like .* Headers found: Name, Colour\.$/);
  });

  it("refuses a quote that never closes, at the line where it opens", async () => {
    const r = await parseImportFile(
      csv(GOOD, 'Chad,Africa,AU,"Never closed,France,WEOG,EU,Accepted,5,Justice,5', GOOD),
      "x.csv",
    );
    expect(errors(r)).toEqual(["Line 3: The file cannot be read as CSV: a quoted field opened here is never closed."]);
    expect(r.records).toEqual([]);
  });

  it("refuses an enormous row without splitting it into cells", async () => {
    const r = await parseImportFile(csv(GOOD, "y,".repeat(MAX_RECORD_CHARS)), "x.csv");
    expect(errors(r)).toEqual([
      "Line 3: The file cannot be read as CSV: this record is longer than 200,000 characters; the file is refused.",
    ]);
  });

  it("refuses a broken ZIP named .docx", async () => {
    const r = await parseImportFile(Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)]), "list.docx");
    expect(errors(r)).toEqual([
      "The file is not a readable .docx or .xlsx: it is not a complete ZIP archive (damaged, cut short, or another kind of file renamed).",
    ]);
  });

  it("refuses a ZIP bomb by its declared size before inflating anything", async () => {
    const bytes = await docx("<w:document/>");
    // Patch the uncompressed size in the local and central headers to 3 GB.
    for (let i = 0; i < bytes.length - 4; i++) {
      const sig = bytes.readUInt32LE(i);
      if (sig === 0x04034b50) bytes.writeUInt32LE(3_000_000_000, i + 22);
      if (sig === 0x02014b50) bytes.writeUInt32LE(3_000_000_000, i + 24);
    }
    const r = await parseImportFile(bytes, "bomb.docx");
    expect(errors(r)).toEqual([
      "The archive part word/document.xml would unpack to more than 16 MB; the file is refused as a possible ZIP bomb.",
    ]);
  });

  it("stops inflating a part the moment it passes the cap, whatever the archive declares", async () => {
    const zip = await openZip(await docx("a".repeat(1_000_000)));
    await expect(readZipEntry(zip, "word/document.xml", 64 * 1024)).rejects.toBeInstanceOf(ZipRefusal);
    expect((await readZipEntry(zip, "word/document.xml"))!.length).toBe(1_000_000);
  });

  it("refuses a Word document with a DTD (entity-expansion bomb) or without a table", async () => {
    const lol =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document>&lol2;</w:document>';
    expect(errors(await parseImportFile(await docx(lol), "lol.docx"))[0]).toMatch(/^The document's XML cannot be read/);
    const noTable = "<w:document><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>";
    expect(errors(await parseImportFile(await docx(noTable), "empty.docx"))).toEqual([
      "The document holds no table of recommendations.",
    ]);
  });

  it("refuses formula cells in a spreadsheet, by row and column", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Recommendations");
    sheet.addRow(["Text", "Countries Concerned", "Reccomending Body", "Document Symbol"]);
    sheet.addRow(["Adopt a law on torture", "- Kazakhstan", "CAT", "CAT/C/KAZ/CO/4"]);
    sheet.addRow([
      { formula: 'HYPERLINK("http://evil.example","Click")', result: "Click" },
      "- Kazakhstan",
      "CAT",
      "CAT/C/KAZ/CO/4",
    ]);
    const r = await parseImportFile(Buffer.from(await book.xlsx.writeBuffer()), "uhri.xlsx");
    expect(r.format).toBe("uhri");
    expect(errors(r)).toEqual([
      'Line 3, column Text: The cell holds a formula (=HYPERLINK("http://evil.example","Click")); formulas are not ' +
        "imported. Paste the values instead.",
    ]);
    expect(r.records.map((x) => x.text)).toEqual(["Adopt a law on torture"]);
  });
});

describe("inflation caps", () => {
  it("refuses a small .docx whose document.xml inflates past the per-part cap, marked so it is not kept", async () => {
    const bytes = await docx(`<w:document>${"a".repeat(MAX_ZIP_ENTRY_BYTES + 1024)}</w:document>`);
    expect(bytes.length).toBeLessThan(100 * 1024);
    const r = await parseImportFile(bytes, "bomb.docx");
    expect(r.inflationRefused).toBe(true);
    expect(errors(r)).toEqual([
      "The archive part word/document.xml would unpack to more than 16 MB; the file is refused as a possible ZIP bomb.",
    ]);
  });

  it("refuses a spreadsheet whose parts, each under the per-part cap, inflate past the total", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    for (let i = 0; i < 3; i++) zip.file(`xl/media/part${i}.xml`, "b".repeat(MAX_ZIP_ENTRY_BYTES - 1024));
    const bytes = Buffer.from(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const r = await parseImportFile(bytes, "sheet.xlsx");
    expect(r.inflationRefused).toBe(true);
    expect(errors(r)[0]).toMatch(/would unpack to more than 32 MB/);
  });
});
