/**
 * The UPR Info export in tests/fixtures/real/upr-info-2008-2014, parsed once.
 * SOURCE.md: 41,066 rows in the five recommendation files, 2 exact duplicate
 * rows (6-9 and 14-17), 193 States under review, 169 recommending States, Mac
 * Roman text with CR line ends. Expected recommendations per file were counted
 * independently (Python csv module, rows grouped by To + Text + Session +
 * Response with the Text's trailing spaces and doubled spaces ignored).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseImportFile, type ParseResult } from "@/lib/import";
import { readReal } from "./helpers";

const DIR = "upr-info-2008-2014";
const FILES = [
  { file: "1-5.csv", rows: 6094, duplicates: 0, recs: 5643, sessions: [1, 5] },
  { file: "6-9.csv", rows: 8343, duplicates: 1, recs: 8177, sessions: [6, 9] },
  { file: "10-13.csv", rows: 9047, duplicates: 0, recs: 8894, sessions: [10, 13] },
  { file: "14-17.csv", rows: 9598, duplicates: 1, recs: 9386, sessions: [14, 17] },
  { file: "17-20.csv", rows: 7984, duplicates: 0, recs: 7795, sessions: [18, 20] },
];

const results = new Map<string, ParseResult>();
beforeAll(async () => {
  for (const f of [...FILES.map((x) => x.file), "voluntary.csv"])
    results.set(f, await parseImportFile(readReal(DIR, f), f));
});
const all = () => FILES.flatMap((f) => results.get(f.file)!.records);

describe("UPR Info export (Mac Roman, CR line ends)", () => {
  it.each(FILES)("$file: rows, duplicates and merged recommendations", (f) => {
    const r = results.get(f.file)!;
    expect(r).toMatchObject({ format: "upr-info", encoding: "macintosh", delimiter: "," });
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.stats.rowsRead).toBe(f.rows);
    expect(r.stats.duplicateRowsMerged).toBe(f.duplicates);
    expect(r.records).toHaveLength(f.recs);
    // Every source row ends up in exactly one recommendation (as a recommending State or a merged repeat).
    expect(r.stats.rowsMergedIntoGroups + r.records.length + f.duplicates).toBe(f.rows);
    const sessions = r.records.map((x) => x.uprSession!);
    expect([Math.min(...sessions), Math.max(...sessions)]).toEqual(f.sessions);
  });

  it("totals 41,066 rows, 193 States under review and 169 recommending States, all with ISO codes", () => {
    expect(FILES.reduce((n, f) => n + results.get(f.file)!.stats.rowsRead, 0)).toBe(41066);
    const records = all();
    expect(new Set(records.map((r) => r.stateName)).size).toBe(193);
    expect(records.filter((r) => r.stateCode === null)).toEqual([]);
    const recommending = new Set(records.flatMap((r) => r.recommendingStates));
    expect(recommending.size).toBe(169);
    // The only unrecognised recommending "State" is UPR Info's own "(Unknown)" placeholder.
    const unknown = new Set(
      records.flatMap((r) => r.recommendingStates.filter((_, i) => r.recommendingStateCodes[i] === null)),
    );
    expect([...unknown]).toEqual(["(Unknown)"]);
  });

  it("maps Accepted to supported and keeps the word as written; positions add up to SOURCE.md's row counts", () => {
    const records = all();
    expect(new Set(records.map((r) => `${r.uprPositionRaw}→${r.uprPosition}`))).toEqual(
      new Set(["Accepted→supported", "Noted→noted"]),
    );
    // SOURCE.md: Accepted 30,472 rows and Noted 10,594, counted per row (per recommending State).
    const rows = (raw: string) =>
      records.filter((r) => r.uprPositionRaw === raw).reduce((n, r) => n + r.recommendingStates.length, 0);
    const merged = FILES.reduce((n, f) => n + f.duplicates, 0) + 2; // 2 rows repeat a State already in their group
    expect(rows("Accepted") + rows("Noted") + merged).toBe(41066);
  });

  it("decodes the accents (no mojibake)", () => {
    const texts = all()
      .map((r) => r.text)
      .join("\n");
    expect(texts).toContain("Guaraní");
    expect(texts).toContain("vis-à-vis");
    expect(texts).toContain("Haute Autorité");
    expect(texts).not.toMatch(/[\uFFFDŽ‡]|Ã©|Ã¡/);
  });

  it("merges the rows of one recommendation into one record with every recommending State", () => {
    const multi = all().filter((r) => r.recommendingStates.length > 1);
    expect(multi.length).toBeGreaterThan(600);
    for (const r of multi) expect(new Set(r.recommendingStates).size).toBe(r.recommendingStates.length);
    expect(new Set(all().map((r) => r.externalKey)).size).toBe(all().length);
  });

  it("reads the sample rows of SOURCE.md at their lines, with cycle, year, action and issues", () => {
    const first = results.get("1-5.csv")!.records[0];
    expect(first).toMatchObject({
      line: 2,
      stateName: "Afghanistan",
      stateCode: "AFG",
      uprSession: 5,
      cycleOrdinal: 1,
      year: 2009,
      uprActionCategory: 5,
      themes: ["Rights of the Child", "Women's rights"],
    });
    expect(first.recommendingStates[0]).toBe("Austria");
    const slovakia = results
      .get("17-20.csv")!
      .records.find(
        (r) =>
          r.text ===
            "Take further steps to ensure that its national human rights institution is aligned with the Paris Principles" &&
          r.stateName === "Slovakia",
      )!;
    expect(slovakia.recommendingStates).toContain("Philippines");
    expect(slovakia).toMatchObject({ uprSession: 18, cycleOrdinal: 2, year: 2014, themes: ["NHRI"] });
    const seychelles = results.get("10-13.csv")!.records.find((r) => r.line === 5565)!;
    expect(seychelles).toMatchObject({ stateName: "Seychelles", uprSession: 11, recommendingStates: ["Spain"] });
  });

  it("holds Kazakhstan's sessions 7 and 20 (the demo data) as 129 and 189 recommendations", () => {
    const kaz = all().filter((r) => r.stateCode === "KAZ");
    expect(kaz.filter((r) => r.uprSession === 7)).toHaveLength(129);
    expect(kaz.filter((r) => r.uprSession === 20)).toHaveLength(189);
    expect(kaz.every((r) => r.uprSession === 7 || r.uprSession === 20)).toBe(true);
  });

  it("gives the same external keys when the same file is parsed again", async () => {
    const again = await parseImportFile(readReal(DIR, "1-5.csv"), "1-5.csv");
    expect(again.records.map((r) => r.externalKey)).toEqual(results.get("1-5.csv")!.records.map((r) => r.externalKey));
  });

  it("does not import voluntary pledges as recommendations, and says so", () => {
    const r = results.get("voluntary.csv")!;
    expect(r.records).toHaveLength(0);
    expect(r.stats).toMatchObject({ rowsRead: 947, duplicateRowsMerged: 2, skipped: 945 });
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        message:
          "Voluntary pledges not imported (they are the reviewed State's own commitments, not recommendations): 945.",
      }),
    ]);
  });
});
