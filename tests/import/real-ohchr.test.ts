/**
 * The six OHCHR thematic lists in tests/fixtures/real/ohchr-upr-thematic-lists
 * parse with exactly the counts their SOURCE.md gives.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseImportFile, type ParseResult } from "@/lib/import";
import { parseHeading } from "@/lib/import/ohchr-docx";
import { countBy, readReal } from "./helpers";

const DIR = "ohchr-upr-thematic-lists";
// From SOURCE.md: theme rows, recommendations, positions; and the State/session in each page header.
const EXPECTED = [
  {
    file: "Matrix_recommendations_2013.docx",
    state: "CHN",
    session: 17,
    cycle: 2,
    year: 2013,
    themeRows: 51,
    recs: 252,
    supported: 204,
    noted: 48,
    split: 0,
  },
  {
    file: "Matrix_recommendations_2018.docx",
    state: "CHN",
    session: 31,
    cycle: 3,
    year: 2018,
    themeRows: 64,
    recs: 346,
    supported: 284,
    noted: 62,
    split: 0,
  },
  {
    file: "UPR20__Slovenia_ThematicListRecommendations_E.docx",
    state: "SVN",
    session: 20,
    cycle: 2,
    year: 2014,
    themeRows: 37,
    recs: 163,
    supported: 142,
    noted: 21,
    split: 0,
  },
  {
    file: "UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
    state: "SVN",
    session: 34,
    cycle: 3,
    year: 2019,
    themeRows: 53,
    recs: 215,
    supported: 182,
    noted: 33,
    split: 0,
  },
  {
    file: "upr48-slovenia-thematic-list-of-recommendatio.docx",
    state: "SVN",
    session: 48,
    cycle: 4,
    year: 2025,
    themeRows: 53,
    recs: 254,
    supported: 217,
    noted: 37,
    split: 0,
  },
  {
    file: "EgyptMatriceRecommendations.docx",
    state: "EGY",
    session: null,
    cycle: 2,
    year: 2015,
    themeRows: 45,
    recs: 300,
    supported: 224,
    noted: 53,
    split: 23,
  },
];

const results = new Map<string, ParseResult>();
beforeAll(async () => {
  for (const e of EXPECTED) results.set(e.file, await parseImportFile(readReal(DIR, e.file), e.file));
});

describe("OHCHR thematic lists (.docx)", () => {
  it.each(EXPECTED)("$file: format, State, counts and positions as SOURCE.md gives", (e) => {
    const r = results.get(e.file)!;
    expect(r.format).toBe("ohchr-docx");
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.records).toHaveLength(e.recs);
    expect(r.stats.themeRows).toBe(e.themeRows);
    expect(countBy(r.records, (x) => x.uprPosition)).toEqual({
      supported: e.supported,
      noted: e.noted,
      ...(e.split ? { supported_noted: e.split } : {}),
    });
    expect(new Set(r.records.map((x) => x.paragraph)).size).toBe(e.recs);
    expect(new Set(r.records.map((x) => x.externalKey)).size).toBe(e.recs);
    for (const x of r.records) {
      expect(x).toMatchObject({
        stateCode: e.state,
        bodyCode: "UPR",
        uprSession: e.session,
        cycleOrdinal: e.cycle,
        year: e.year,
      });
      expect(x.text.length).toBeGreaterThan(10);
      expect(x.recommendingStates.length).toBeGreaterThan(0);
      expect(x.themes.length).toBeGreaterThan(0);
    }
    // Every recommending State was recognised (UN spellings, nested brackets, a typo like "S tate").
    expect(r.records.flatMap((x) => x.recommendingStateCodes).filter((c) => c === null)).toEqual([]);
  });

  it("reads the China 2013 sample row as SOURCE.md shows it", () => {
    const rec = results.get("Matrix_recommendations_2013.docx")!.records.find((x) => x.paragraph === "186.20")!;
    expect(rec.text).toBe(
      "Ratify the Rome Statute of the ICC and the Agreement on the Privileges and Immunities of the Court (Estonia);",
    );
    expect(rec.recommendingStates).toEqual(["Estonia"]);
    expect(rec.uprPosition).toBe("noted");
    expect(rec.uprPositionSource).toBe("A/HRC/25/5/Add.1 - Para. 186.20.");
    expect(rec.documentSymbol).toBe("A/HRC/25/5");
    expect(rec.themes).toEqual([
      "A12 Acceptance of international norms",
      "B51 Right to an effective remedy",
      "B11 International humanitarian law",
    ]);
    expect(rec.affectedPersons).toEqual(["general"]);
  });

  it("takes Egypt's recommending States from their own column, split at the line breaks", () => {
    const r = results.get("EgyptMatriceRecommendations.docx")!;
    const rec = r.records.find((x) => x.paragraph === "166.6")!;
    expect(rec.recommendingStates).toEqual(["Chile", "Estonia", "Slovenia", "Tunisia", "Uruguay"]);
    expect(rec.recommendingStateCodes).toEqual(["CHL", "EST", "SVN", "TUN", "URY"]);
    expect(rec.themes).toEqual(["2.1. Acceptance of international norms"]);
    // Rows without a "Source of position" still get the list's report symbol.
    expect(r.records.find((x) => x.paragraph === "166.10")!.documentSymbol).toBe("A/HRC/28/16");
    expect(
      r.records.filter((x) => x.uprPosition === "supported_noted").every((x) => x.uprPositionRaw === "Supported/Noted"),
    ).toBe(true);
    // No session in the Egypt heading: the year comes from the symbol, and the report says so.
    expect(r.issues.some((i) => i.severity === "warning" && i.message.includes("A/HRC/28/16"))).toBe(true);
  });

  it("splits the Slovenia UPR48 sample into States, themes, groups of persons and the SDG column", () => {
    const rec = results
      .get("upr48-slovenia-thematic-list-of-recommendatio.docx")!
      .records.find((x) => x.paragraph === "140.253")!;
    expect(rec.recommendingStates).toEqual(["Costa Rica"]);
    expect(rec.uprPositionSource).toBe("A/HRC/59/15/Add.1 - Para.5");
    expect(rec.themes).toEqual(["Refugees & asylum seekers", "Rights related to name, identity & nationality"]);
    expect(rec.affectedPersons).toEqual(["Public officials", "Stateless persons"]);
    expect(rec.sdgs).toEqual(["10 - REDUCED INEQUALITIES", "16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"]);
  });

  it("keeps several bracketed States apart and a comma list too", () => {
    const svn34 = results
      .get("UPR34_Slovenia_Thematic_list_of_Recommendations.docx")!
      .records.find((x) => x.paragraph === "121.1")!;
    expect(svn34.recommendingStates).toEqual(["France", "Lithuania"]);
    const svn20 = results
      .get("UPR20__Slovenia_ThematicListRecommendations_E.docx")!
      .records.find((x) => x.paragraph === "115.4")!;
    expect(svn20.recommendingStates).toEqual(["Spain", "Tunisia", "Portugal"]);
  });

  it("reads the page heading in each wording", () => {
    expect(parseHeading(["UPR of China (2nd Cycle – 17th session)"])).toEqual({
      stateName: "China",
      cycle: 2,
      session: 17,
    });
    expect(parseHeading(["UPR of Egypt - Second Cycle", "Thematic list of recommendations"])).toEqual({
      stateName: "Egypt",
      cycle: 2,
      session: null,
    });
    expect(parseHeading(["UPR of Slovenia (3rd Cycle - 34th Session)"])).toEqual({
      stateName: "Slovenia",
      cycle: 3,
      session: 34,
    });
  });

  it("shows a preview of the first rows under the document's own headers, with the mapping", () => {
    const r = results.get("Matrix_recommendations_2013.docx")!;
    expect(r.headers).toEqual([
      "Recommendation",
      "Position",
      "Full list of themes",
      "Assessment/comments on level of implementation",
    ]);
    expect(r.mapping).toMatchObject({
      Recommendation: "text",
      Position: "uprPosition",
      "Full list of themes": "themes",
    });
    expect(r.preview).toHaveLength(20);
    expect(r.preview[0].cells.Recommendation).toMatch(/^Theme: A12/);
  });
});
