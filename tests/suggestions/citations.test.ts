import { describe, expect, it } from "vitest";
import { expandList, paragraphMatches, parseCitations } from "@/lib/suggestions/citations";

describe("citations of earlier recommendations in a text", () => {
  it.each([
    ["(see CCPR/C/KAZ/CO/1, para. 23)", "CCPR/C/KAZ/CO/1", ["23"]],
    ["has failed to implement its previous recommendation (CCPR/C/KAZ/CO/1, para. 23).", "CCPR/C/KAZ/CO/1", ["23"]],
    [
      "reiterates its previous recommendations (A/HRC/16/10, paras. 94.1–94.3)",
      "A/HRC/16/10",
      ["94.1", "94.2", "94.3"],
    ],
    ["(CERD/C/KAZ/CO/6-7, paras. 12, 15 and 17)", "CERD/C/KAZ/CO/6-7", ["12", "15", "17"]],
    ["(CERD/C/KAZ/CO/8–10, para. 5)", "CERD/C/KAZ/CO/8-10", ["5"]],
    ["(E/C.12/KAZ/CO/2, para. 23 (a) and (c))", "E/C.12/KAZ/CO/2", ["23 (a)", "23 (c)"]],
    ["(CCPR/C/KAZ/CO/1, paras. 23(a)(ii) and 24)", "CCPR/C/KAZ/CO/1", ["23 (a) (ii)", "24"]],
    ["(CEDAW/C/IRQ/CO/8, paras. 12 to 14)", "CEDAW/C/IRQ/CO/8", ["12", "13", "14"]],
    ["paragraph 23 of its previous concluding observations (CCPR/C/KAZ/CO/1)", "CCPR/C/KAZ/CO/1", ["23"]],
    ["rappelle sa recommandation précédente (CCPR/C/FRA/CO/5, par. 12)", "CCPR/C/FRA/CO/5", ["12"]],
    [
      "reitera su recomendación anterior (CEDAW/C/ESP/CO/7-8, párrs. 12 a 14)",
      "CEDAW/C/ESP/CO/7-8",
      ["12", "13", "14"],
    ],
    ["повторяет свою предыдущую рекомендацию (CCPR/C/RUS/CO/7, пункт 23)", "CCPR/C/RUS/CO/7", ["23"]],
    ["(CRC/C/OPAC/KAZ/CO/1, para. 8 (b))", "CRC/C/OPAC/KAZ/CO/1", ["8 (b)"]],
    ["(CAT/C/KAZ/CO/4, para. 9)", "CAT/C/KAZ/CO/4", ["9"]],
    ["(A/HRC/43/15, para. 136.4)", "A/HRC/43/15", ["136.4"]],
  ])("%s", (text, symbol, paragraphs) => {
    expect(parseCitations(text)).toEqual([{ symbol, paragraphs }]);
  });

  it("reads every symbol form of the domain reference, whole documents without a paragraph", () => {
    const text =
      "See CCPR/C/KAZ/2, CCPR/C/KAZ/Q/2, CCPR/C/KAZ/Q/2/Add.1, CCPR/C/KAZ/QPR/3, CCPR/C/SR.3271, CCPR/C/KAZ/CO/2, " +
      "CCPR/C/KAZ/CO/3, CCPR/C/128/3/Add.1, CEDAW/C/IRQ/CO/8, CERD/C/KAZ/CO/8-10, E/C.12/KAZ/CO/2, A/HRC/43/15, " +
      "A/HRC/43/15/Add.1 and A/HRC/WG.6/48/SVN/1.";
    expect(parseCitations(text).map((c) => c.symbol)).toEqual([
      "CCPR/C/KAZ/2",
      "CCPR/C/KAZ/Q/2",
      "CCPR/C/KAZ/Q/2/Add.1",
      "CCPR/C/KAZ/QPR/3",
      "CCPR/C/SR.3271",
      "CCPR/C/KAZ/CO/2",
      "CCPR/C/KAZ/CO/3",
      "CCPR/C/128/3/Add.1",
      "CEDAW/C/IRQ/CO/8",
      "CERD/C/KAZ/CO/8-10",
      "E/C.12/KAZ/CO/2",
      "A/HRC/43/15",
      "A/HRC/43/15/Add.1",
      "A/HRC/WG.6/48/SVN/1",
    ]);
    expect(parseCitations(text).every((c) => c.paragraphs.length === 0)).toBe(true);
  });

  it("spells symbols canonically: spaces around slashes, lower-case add.", () => {
    expect(parseCitations("(CCPR / C / KAZ / CO / 2 / add. 1, para. 4)")).toEqual([
      { symbol: "CCPR/C/KAZ/CO/2/Add.1", paragraphs: ["4"] },
    ]);
  });

  it("finds nothing in text without a UN symbol, and ignores prefixes that are not UN bodies", () => {
    expect(parseCitations("Recognise conscientious objection, para. 23.")).toEqual([]);
    expect(parseCitations("XYZ/C/KAZ/CO/1, para. 3 and CCPRX/C/KAZ/CO/1")).toEqual([]);
  });

  it("keeps runaway ranges finite and merges repeated citations of one document", () => {
    expect(expandList("1–9999")).toEqual(["1", "9999"]);
    expect(parseCitations("(CCPR/C/KAZ/CO/1, para. 23) … as in CCPR/C/KAZ/CO/1, paras. 23 and 24")).toEqual([
      { symbol: "CCPR/C/KAZ/CO/1", paragraphs: ["23", "24"] },
    ]);
  });

  it("matches a cited paragraph with its sub-paragraphs and a cited sub-paragraph with its paragraph", () => {
    expect(paragraphMatches("23", "23")).toBe(true);
    expect(paragraphMatches("23", "23 (a)")).toBe(true);
    expect(paragraphMatches("23 (a)", "23")).toBe(true);
    expect(paragraphMatches("23 (a)", "23(A)")).toBe(true);
    expect(paragraphMatches("23", "230")).toBe(false);
    expect(paragraphMatches("23 (a)", "23 (b)")).toBe(false);
    expect(paragraphMatches("94.1", "94.10")).toBe(false);
  });
});
