/**
 * Every row a parser does not turn into a recommendation of its own is listed with its line and why
 * (lib/import/types.ts SkippedRow), beside the counts in stats: "Duplicate of line N" names the right N.
 */
import { describe, expect, it } from "vitest";
import { parseImportFile } from "@/lib/import";
import { IssueLog, skipMessage } from "@/lib/import/messages";
import { parseOhchrTable } from "@/lib/import/ohchr-docx";
import { TRACKER_CSV_COLUMN_KEYS, TRACKER_CSV_HEADERS } from "@/lib/tracker-csv/columns";
import type { ParseResult } from "@/lib/import/types";
import { UPR_INFO_HEADER } from "./helpers";

const sentences = (r: Pick<ParseResult, "skippedRows">) => r.skippedRows.map((s) => [s.line, skipMessage(s, "en")]);

describe("skipped rows, explained", () => {
  it("UPR Info: an exact duplicate, a second recommending State, a pledge and a broken row", async () => {
    const csv = [
      UPR_INFO_HEADER,
      "Kazakhstan,,,Ratify the Convention,France,,,Supported,4,Women,20",
      "Kazakhstan,,,Ratify the Convention,Spain,,,Supported,4,Women,20",
      "Kazakhstan,,,Ratify the Convention,France,,,Supported,4,Women,20",
      "Kazakhstan,,,We pledge to do it,,,,Voluntary Pledge,,,20",
      "Kazakhstan,,,,France,,,Supported,4,Women,20",
    ].join("\n");
    const r = await parseImportFile(Buffer.from(csv), "upr.csv");
    expect(sentences(r)).toEqual([
      [3, "Another recommending State of the recommendation at line 2; merged into it."],
      [4, "Duplicate of line 2."],
      [5, "A voluntary pledge, not a recommendation."],
      [6, "The row has errors (see the report)."],
    ]);
    const { skipped, duplicateRowsMerged, rowsMergedIntoGroups } = r.stats;
    expect(skipped + duplicateRowsMerged + rowsMergedIntoGroups).toBe(r.skippedRows.length);
  });

  it("UHRI: a concern, a row with errors and the same annotation twice", async () => {
    const header = "Text,Countries Concerned,Reccomending Body,Type,OHCHR Annotation Id";
    const csv = [
      header,
      "Investigate torture,Kazakhstan,CAT,Recommendation,a1",
      "The Committee is concerned,Kazakhstan,CAT,Concern,a2",
      "Investigate torture,Kazakhstan,CAT,Recommendation,a1",
      ",Kazakhstan,CAT,Recommendation,a3",
    ].join("\n");
    const r = await parseImportFile(Buffer.from(csv), "uhri.csv");
    expect(r.format).toBe("uhri");
    expect(sentences(r)).toEqual([
      [3, "'Concern' is not a recommendation."],
      [4, "The same recommendation as line 2."],
      [5, "The row has errors (see the report)."],
    ]);
  });

  it("tracker CSV: a repeated row and an unknown State code", async () => {
    const header = TRACKER_CSV_COLUMN_KEYS.map((k) => TRACKER_CSV_HEADERS[k]).join(",");
    const row = (patch: Record<string, string>) => TRACKER_CSV_COLUMN_KEYS.map((k) => patch[k] ?? "").join(",");
    const csv = [
      header,
      row({ body: "CAT", stateCode: "KAZ", text: "Investigate" }),
      row({ body: "CAT", stateCode: "XYZ", text: "Investigate" }),
      row({ body: "CAT", stateCode: "KAZ", text: "Investigate" }),
    ].join("\n");
    const r = await parseImportFile(Buffer.from(csv), "tracker.csv");
    expect(r.format).toBe("tracker-csv");
    expect(sentences(r)).toEqual([
      [3, "The row has errors (see the report)."],
      [4, "The same recommendation as line 2."],
    ]);
  });

  it("OHCHR list: a repeated paragraph, an empty recommendation and an unknown position", () => {
    const cell = (...paragraphs: string[]) => ({ paragraphs });
    const rows = [
      { cells: [cell("Recommendation"), cell("Position")] },
      { cells: [cell("120.1 Ratify the Convention (France);"), cell("Supported")] },
      { cells: [cell("120.2 Abolish the death penalty (Spain);"), cell("Perhaps")] },
      { cells: [cell("Source of position: A/HRC/25/5"), cell("Supported")] },
      { cells: [cell("120.1 Ratify the Convention again (Chile);"), cell("Supported")] },
    ];
    const parsed = parseOhchrTable(rows, { stateName: "Slovenia", cycle: 2, session: 20 }, new IssueLog(100));
    expect(sentences(parsed)).toEqual([
      [3, "No UPR position the import recognises."],
      [4, "The recommendation cell is empty."],
      [5, "Paragraph 120.1 again (first at line 2)."],
    ]);
    expect(parsed.stats.skipped).toBe(3);
  });

  it("says it in Russian too", async () => {
    const csv = [
      UPR_INFO_HEADER,
      "Kazakhstan,,,Ratify the Convention,France,,,Supported,4,Women,20",
      "Kazakhstan,,,Ratify the Convention,France,,,Supported,4,Women,20",
    ].join("\n");
    const r = await parseImportFile(Buffer.from(csv), "upr.csv");
    expect(skipMessage(r.skippedRows[0], "ru")).toBe("Повтор строки 2.");
  });
});

describe("column mapping chosen by hand", () => {
  const csv = [
    "To,To-Rgrp,To-Org,Recommendation,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
    "Kazakhstan,,,Ratify the Convention,France,,,Supported,4,Women,20",
  ].join("\n");

  it("reads a renamed column under the header the format expects", async () => {
    const unmapped = await parseImportFile(Buffer.from(csv), "upr.csv", { format: "upr-info" });
    expect(unmapped.records).toEqual([]);
    expect(unmapped.issues.some((i) => i.severity === "error")).toBe(true);
    const mapped = await parseImportFile(Buffer.from(csv), "upr.csv", { columns: { Recommendation: "Text" } });
    expect(mapped.format).toBe("upr-info");
    expect(mapped.records.map((r) => r.text)).toEqual(["Ratify the Convention"]);
    expect(mapped.mapping.Recommendation).toBe("text");
    expect(mapped.columns).toEqual({ Recommendation: "Text" });
  });
});
