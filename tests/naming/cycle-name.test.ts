import { describe, expect, it } from "vitest";
import { cycleName } from "@/lib/cycle-name";

describe("review cycles are named by what they are", () => {
  it("names the state, body, number and the years of its report, session and adoption", () => {
    expect(
      cycleName({
        stateName: "Kazakhstan",
        bodyCode: "CCPR",
        ordinal: 3,
        reportDate: "2023-04-05",
        adoptionDate: "2025-07-11",
      }),
    ).toBe("Kazakhstan · CCPR · cycle 3 (2023–2025)");
    expect(cycleName({ stateName: "Kazakhstan", bodyCode: "CCPR", ordinal: 1, adoptionDate: "2011-07" })).toBe(
      "Kazakhstan · CCPR · cycle 1 (2011)",
    );
  });

  it("names a UPR cycle's session, its year known from the session, and leaves out dates nobody recorded", () => {
    expect(
      cycleName({ stateName: "Kazakhstan", bodyCode: "UPR", ordinal: 2, uprSession: 20, sessionDate: "2014-10" }),
    ).toBe("Kazakhstan · UPR · cycle 2 (session 20, 2014)");
    expect(cycleName({ stateName: "Kazakhstan", bodyCode: "UPR", ordinal: 1, uprSession: 7 })).toBe(
      "Kazakhstan · UPR · cycle 1 (session 7, 2010)",
    );
    expect(cycleName({ stateName: "Slovenia", bodyCode: "CAT", ordinal: 4 })).toBe("Slovenia · CAT · cycle 4");
  });
});
