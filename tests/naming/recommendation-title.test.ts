import { describe, expect, it } from "vitest";
import {
  cutAtWord,
  firstSentence,
  recommendationReference,
  recommendationTitle,
  recommendingStatesText,
  textAfterTitle,
  titleIsWholeText,
} from "@/lib/recommendation-title";

const UPR_DEATH_PENALTY =
  "Abolish the death penalty in all circumstances, although the existence of a moratorium on executions, " +
  "the commutation of such penalties into prison sentences, and the efforts made to restrict, in the Constitution, " +
  "the application of the death penalty to a reduced number of crimes, are welcomed";
const CO_PARAGRAPH =
  "The Committee reiterates its previous recommendation (CCPR/C/KAZ/CO/1, para. 23). " +
  "The State party should recognize the right to conscientious objection. Mr. Smal was convicted.";

describe("recommendation titles", () => {
  it("uses the subject when staff gave one, and then shows the whole text under it", () => {
    const r = { subject: "Conscientious objection to military service", text: CO_PARAGRAPH };
    expect(recommendationTitle(r)).toBe("Conscientious objection to military service");
    expect(titleIsWholeText(r)).toBe(false);
    expect(textAfterTitle(r)).toBe(CO_PARAGRAPH);
  });

  it("takes the first sentence, not stopping at a paragraph reference or 'Mr.'", () => {
    expect(firstSentence(CO_PARAGRAPH)).toBe(
      "The Committee reiterates its previous recommendation (CCPR/C/KAZ/CO/1, para. 23).",
    );
    expect(firstSentence("Release Mr. Smal. Then amend the law.")).toBe("Release Mr. Smal.");
  });

  it("cuts a long sentence at a word boundary, never inside a word", () => {
    const title = recommendationTitle({ subject: null, text: UPR_DEATH_PENALTY });
    expect(title.endsWith("…")).toBe(true);
    expect(title.length).toBeLessThanOrEqual(161);
    const kept = title.slice(0, -1);
    expect(UPR_DEATH_PENALTY.startsWith(kept)).toBe(true);
    // The next character of the text after the cut is a space or punctuation: the last word is whole.
    expect(UPR_DEATH_PENALTY[kept.length]).toMatch(/[\s,]/);
    expect(cutAtWord("Adminis­tration of justice and the judiciary", 20)).toBe("Adminis­tration of…");
  });

  it("never shows the same text twice: the rest after the title, or nothing when the title says it all", () => {
    const short = { subject: null, text: "Ratify the Optional Protocol to the Convention against Torture;" };
    expect(titleIsWholeText(short)).toBe(true);
    expect(textAfterTitle(short)).toBeNull();

    const multi = { subject: null, text: CO_PARAGRAPH };
    expect(textAfterTitle(multi)).toBe(
      "The State party should recognize the right to conscientious objection. Mr. Smal was convicted.",
    );

    const long = { subject: null, text: UPR_DEATH_PENALTY };
    const title = recommendationTitle(long);
    const rest = textAfterTitle(long)!;
    expect(rest.startsWith("…")).toBe(true);
    // The rest carries on from the word after the cut: together they are the whole text, nothing twice.
    expect(UPR_DEATH_PENALTY.startsWith(title.slice(0, -1))).toBe(true);
    expect(UPR_DEATH_PENALTY.endsWith(rest.slice(1))).toBe(true);
    expect(title.length - 1 + rest.length - 1).toBeLessThan(UPR_DEATH_PENALTY.length);
    expect(rest.slice(1, 4)).toBe("and");
    // On its own page the heading has room for the whole sentence.
    expect(titleIsWholeText(long, 320)).toBe(true);
  });

  it("cites a UPR recommendation by its session and year, and leaves out what is not known", () => {
    expect(recommendationReference({ symbol: null, paragraph: null, uprSession: 20, year: 2014 })).toBe(
      "UPR session 20 (2014)",
    );
    // The year of the session is known even when the row has none.
    expect(recommendationReference({ symbol: null, paragraph: null, uprSession: 7 })).toBe("UPR session 7 (2010)");
    expect(recommendationReference({ symbol: "A/HRC/28/10", paragraph: "124.5", uprSession: 20 })).toBe(
      "A/HRC/28/10, para. 124.5",
    );
    expect(recommendationReference({ symbol: "CCPR/C/KAZ/CO/1", paragraph: "23" })).toBe("CCPR/C/KAZ/CO/1, para. 23");
    expect(recommendationReference({ symbol: null, paragraph: "23" })).toBe("para. 23");
    expect(recommendationReference({ symbol: null, paragraph: null })).toBeNull();
    expect(recommendingStatesText([])).toBeNull();
    expect(recommendingStatesText(["France", "Norway"])).toBe("Recommended by France and Norway");
  });
});
