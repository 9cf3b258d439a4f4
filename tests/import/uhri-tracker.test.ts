/**
 * UHRI exports (XLSX and CSV, both header spellings) and the tracker's own CSV
 * export read back in full (a round trip through lib/export's writer).
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { TRACKER_CSV_COLUMN_KEYS as EXPORT_KEYS, TRACKER_CSV_HEADERS as EXPORT_HEADERS } from "@/lib/export/columns";
import { csvStream } from "@/lib/export/csv";
import type { ExportRow } from "@/lib/export/types";
import { parseImportFile } from "@/lib/import";
import { TRACKER_CSV_COLUMN_KEYS, TRACKER_CSV_HEADERS } from "@/lib/tracker-csv/columns";

const UHRI_HEADERS = [
  "Text",
  "Countries Concerned",
  "Reccomending Body",
  "Document Symbol",
  "Themes",
  "Affected Persons",
  "Sdgs",
  "Document Publication Date",
  "UPR Reccomending States",
  "UPR Position",
  "Type",
  "OHCHR Annotation Id",
  "UPR Session",
  "Regions Concerned",
  "Recommending Regions",
  "Date of publication on UHRI",
];

describe("UHRI export", () => {
  it("reads an .xlsx with OHCHR's spelling, '- ' lists, Excel serial dates, and leaves out observations", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Export");
    sheet.addRow(UHRI_HEADERS);
    sheet.addRow([
      "The State party should guarantee the right to conscientious objection to military service.",
      "- Kazakhstan",
      "CCPR",
      "CCPR/C/KAZ/CO/2",
      "- Freedom of thought, conscience & religion\n- Military service",
      "- general",
      "- 16.3",
      42591,
      "",
      "",
      "Recommendation",
      "a1b2c3",
      "",
      "- Asia",
      "",
      45000,
    ]);
    sheet.addRow([
      "186.20 Ratify the Rome Statute of the ICC (Estonia);",
      "- China",
      "UPR",
      "A/HRC/25/5",
      "- Acceptance of international norms",
      "- general",
      "",
      "2013-12-04",
      "- Estonia\n- Latvia",
      "Noted",
      "Recommendation",
      "zz9",
      "17",
      "- Asia",
      "- EEG",
      "",
    ]);
    sheet.addRow([
      "The Committee is concerned about torture in custody.",
      "- Kazakhstan",
      "CAT",
      "CAT/C/KAZ/CO/4",
      "",
      "",
      "",
      43000,
      "",
      "",
      "Concerns/Observations",
      "obs1",
      "",
      "",
      "",
      "",
    ]);
    sheet.addRow([
      "Ensure access to safe water.",
      "- Kazakhstan",
      "SR on water and sanitation",
      "A/HRC/36/45/Add.1",
      "",
      "",
      "",
      "2017-07-05",
      "",
      "",
      "Recommendation",
      "sp1",
      "",
      "",
      "",
      "",
    ]);
    const r = await parseImportFile(Buffer.from(await book.xlsx.writeBuffer()), "uhri.xlsx");
    expect(r).toMatchObject({ format: "uhri", encoding: "xlsx" });
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: "Concerns/observations not imported (they are not recommendations): 1.",
      }),
    ]);
    expect(r.records).toHaveLength(3);
    expect(r.records[0]).toMatchObject({
      line: 2,
      stateCode: "KAZ",
      stateName: "Kazakhstan",
      bodyCode: "CCPR",
      documentSymbol: "CCPR/C/KAZ/CO/2",
      cycleOrdinal: 2,
      documentDate: "2016-08-09",
      year: 2016,
      themes: ["Freedom of thought, conscience & religion", "Military service"],
      affectedPersons: ["general"],
      sdgs: ["16.3"],
      externalKey: "uhri:a1b2c3",
      uprPosition: null,
      paragraph: null,
    });
    expect(r.records[1]).toMatchObject({
      stateCode: "CHN",
      bodyCode: "UPR",
      paragraph: "186.20",
      text: "Ratify the Rome Statute of the ICC (Estonia);",
      uprSession: 17,
      cycleOrdinal: 2,
      documentDate: "2013-12-04",
      recommendingStates: ["Estonia", "Latvia"],
      recommendingStateCodes: ["EST", "LVA"],
      uprPosition: "noted",
    });
    expect(r.records[2]).toMatchObject({ bodyCode: "SP", year: 2017 });
    expect(r.mapping).toMatchObject({
      Text: "text",
      "Reccomending Body": "bodyCode",
      "UPR Reccomending States": "recommendingStates",
      "Regions Concerned": null,
    });
  });

  it("reads a semicolon CSV with the correct spelling of 'Recommending', and names a bad position", async () => {
    const headers = UHRI_HEADERS.map((h) => h.replace("Reccomending", "Recommending"));
    const csv = [
      headers.join(";"),
      [
        '"Adopt a law against domestic violence"',
        "Kazakhstan",
        "CEDAW",
        "CEDAW/C/KAZ/CO/5",
        "",
        "",
        "",
        "14/11/2019",
        "",
        "",
        "Recommendation",
        "c5",
        "",
        "",
        "",
        "",
      ].join(";"),
      [
        '"Ratify OP-CAT"',
        "Kazakhstan",
        "UPR",
        "A/HRC/14/10",
        "",
        "",
        "",
        "",
        "Denmark",
        "Perhaps",
        "Recommendation",
        "u7",
        "7",
        "",
        "",
        "",
      ].join(";"),
    ].join("\r\n");
    const r = await parseImportFile(Buffer.from(csv), "uhri.csv");
    expect(r).toMatchObject({ format: "uhri", delimiter: ";" });
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({ bodyCode: "CEDAW", documentDate: "2019-11-14", cycleOrdinal: 5 });
    expect(r.issues.map((i) => i.message)).toEqual([
      "Line 3, column UPR Position: 'Perhaps' is not a UPR position (Supported, Noted, Supported/Noted, Accepted, Rejected).",
    ]);
  });
});

describe("tracker CSV round trip", () => {
  it("uses the same columns and headers as the export", () => {
    expect(TRACKER_CSV_COLUMN_KEYS).toEqual(EXPORT_KEYS);
    expect(TRACKER_CSV_HEADERS).toEqual(EXPORT_HEADERS);
  });

  it("reads back every field of an exported file, undoing the formula-injection apostrophe", async () => {
    const rows: ExportRow[] = [
      {
        id: 17,
        url: "https://tracker.example/recommendations/17",
        symbol: "CCPR/C/KAZ/CO/2",
        paragraph: "54",
        bodyCode: "CCPR",
        stateCode: "KAZ",
        stateName: "Kazakhstan",
        cycle: "2",
        date: "2016-08-09",
        text: '=HYPERLINK("x") Recognise the right to conscientious objection; provide alternative service, in law and practice.',
        themes: ["Freedom of religion", "Military service"],
        affectedPersons: ["conscientious objectors"],
        sdgs: ["16.3"],
        currentStatus: "not_implemented",
        statusDate: "2024-04-16",
        latestStance: "rejects",
        stanceDate: "2017",
        stanceQuote: "Military service is a duty, said the delegation.",
        latestGrade: "C",
        latestGradeAsWritten: "C2",
        gradeDate: "2019-03-29",
        reiterates: [{ symbol: "CCPR/C/KAZ/CO/1", paragraph: "23" }],
        reiteratedBy: [{ symbol: "CCPR/C/KAZ/CO/3", paragraph: "40" }],
        outstandingSince: 2011,
      },
      {
        id: 18,
        url: "https://tracker.example/recommendations/18",
        symbol: null,
        paragraph: null,
        bodyCode: "UPR",
        stateCode: "KAZ",
        stateName: "Kazakhstan",
        cycle: "UPR 20",
        date: null,
        text: "Continue the reform of the judiciary",
        themes: [],
        affectedPersons: [],
        sdgs: [],
        currentStatus: null,
        statusDate: null,
        latestStance: null,
        stanceDate: null,
        stanceQuote: null,
        latestGrade: null,
        latestGradeAsWritten: null,
        gradeDate: null,
        reiterates: [],
        reiteratedBy: [],
        outstandingSince: null,
      },
    ];
    const bytes = Buffer.from(await new Response(csvStream(rows)).arrayBuffer());
    const r = await parseImportFile(bytes, "treaty-tracker-export.csv");
    expect(r).toMatchObject({ format: "tracker-csv", encoding: "utf-8-bom" });
    expect(r.issues).toEqual([]);
    expect(r.records[0]).toMatchObject({
      line: 2,
      stateCode: "KAZ",
      stateName: "Kazakhstan",
      bodyCode: "CCPR",
      documentSymbol: "CCPR/C/KAZ/CO/2",
      paragraph: "54",
      cycleOrdinal: 2,
      documentDate: "2016-08-09",
      year: 2016,
      text: rows[0].text,
      themes: rows[0].themes,
      affectedPersons: rows[0].affectedPersons,
      sdgs: ["16.3"],
      tracker: {
        trackerId: 17,
        status: "not_implemented",
        statusDate: "2024-04-16",
        stance: "rejects",
        stanceDate: "2017",
        stanceQuote: rows[0].stanceQuote,
        grade: "C",
        gradeAsWritten: "C2",
        gradeDate: "2019-03-29",
        reiterates: [{ symbol: "CCPR/C/KAZ/CO/1", paragraph: "23" }],
        reiteratedBy: [{ symbol: "CCPR/C/KAZ/CO/3", paragraph: "40" }],
        outstandingSince: 2011,
        url: rows[0].url,
      },
    });
    expect(r.records[1]).toMatchObject({
      bodyCode: "UPR",
      uprSession: 20,
      cycleOrdinal: 2,
      year: 2014,
      documentSymbol: null,
      themes: [],
      tracker: { status: null, stance: null },
    });
    const again = await parseImportFile(bytes, "treaty-tracker-export.csv");
    expect(again.records.map((x) => x.externalKey)).toEqual(r.records.map((x) => x.externalKey));
  });

  it("reports a row without its State code or with an unknown one", async () => {
    const header = TRACKER_CSV_COLUMN_KEYS.map((k) => TRACKER_CSV_HEADERS[k]).join(",");
    const blank = TRACKER_CSV_COLUMN_KEYS.map(() => "");
    const row = (patch: Record<string, string>) =>
      TRACKER_CSV_COLUMN_KEYS.map((k, i) => patch[k] ?? blank[i]).join(",");
    const csv = [
      header,
      row({ body: "CAT", stateCode: "", text: "Investigate" }),
      row({ body: "CAT", stateCode: "XYZ", text: "Investigate" }),
    ].join("\n");
    const r = await parseImportFile(Buffer.from(csv), "x.csv");
    expect(r.issues.map((i) => i.message)).toEqual([
      "Line 2, column State code: This cell is empty; it is required.",
      "Line 3, column State code: 'XYZ' is not the ISO 3166-1 alpha-3 code of a State (e.g. KAZ).",
    ]);
    expect(r.records).toEqual([]);
  });
});
