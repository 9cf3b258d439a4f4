import { describe, expect, it } from "vitest";
import { parseUnSymbol, type UnSymbol } from "@/lib/un-symbol";

const valid: [string, Partial<UnSymbol>][] = [
  [
    "CCPR/C/KAZ/CO/2",
    {
      bodyCode: "CCPR",
      stateCode: "KAZ",
      kind: "concluding_observations",
      number: "2",
      addendum: null,
      documentKind: "concluding_observations",
    },
  ],
  ["E/C.12/KAZ/CO/2", { bodyCode: "CESCR", stateCode: "KAZ", kind: "concluding_observations", number: "2" }],
  [
    "CERD/C/KAZ/CO/8-10",
    { bodyCode: "CERD", stateCode: "KAZ", kind: "concluding_observations", number: "8-10", range: { from: 8, to: 10 } },
  ],
  ["CEDAW/C/IRQ/CO/8", { bodyCode: "CEDAW", stateCode: "IRQ", kind: "concluding_observations", number: "8" }],
  ["CAT/C/KAZ/CO/4", { bodyCode: "CAT", stateCode: "KAZ", kind: "concluding_observations", number: "4" }],
  ["CRC/C/KAZ/CO/4", { bodyCode: "CRC", stateCode: "KAZ", kind: "concluding_observations", number: "4" }],
  ["CMW/C/KAZ/CO/1", { bodyCode: "CMW", stateCode: "KAZ", kind: "concluding_observations" }],
  ["CRPD/C/KAZ/CO/1", { bodyCode: "CRPD", stateCode: "KAZ", kind: "concluding_observations" }],
  ["CED/C/KAZ/CO/1", { bodyCode: "CED", stateCode: "KAZ", kind: "concluding_observations" }],
  ["CCPR/C/KAZ/QPR/3", { bodyCode: "CCPR", stateCode: "KAZ", kind: "list_of_issues_prior_to_reporting", number: "3" }],
  ["CCPR/C/KAZ/Q/2", { kind: "list_of_issues", number: "2", addendum: null }],
  [
    "CCPR/C/KAZ/Q/2/Add.1",
    { kind: "reply_to_list_of_issues", number: "2", addendum: 1, documentKind: "reply_to_list_of_issues" },
  ],
  [
    "CCPR/C/KAZ/2",
    { bodyCode: "CCPR", stateCode: "KAZ", kind: "state_report", number: "2", documentKind: "state_report" },
  ],
  ["CCPR/C/KAZ/CO/2/Add.1", { kind: "follow_up_report", number: "2", addendum: 1, documentKind: "follow_up_report" }],
  ["CCPR/C/SR.3271", { bodyCode: "CCPR", stateCode: null, kind: "summary_record", number: "3271" }],
  [
    "CCPR/C/128/3/Add.1",
    {
      bodyCode: "CCPR",
      stateCode: null,
      kind: "session_report",
      session: 128,
      number: "3",
      addendum: 1,
      documentKind: "follow_up_assessment",
    },
  ],
  [
    "A/HRC/43/10",
    { bodyCode: "UPR", stateCode: null, kind: "upr_report", session: 43, number: "10", documentKind: "upr_report" },
  ],
  [
    "A/HRC/43/10/Add.1",
    { bodyCode: "UPR", kind: "upr_addendum", session: 43, number: "10", addendum: 1, documentKind: "upr_addendum" },
  ],
  ["A/HRC/WG.6/48/SVN/1", { bodyCode: "UPR", stateCode: "SVN", kind: "upr_national_report", session: 48, number: "1" }],
  ["A/HRC/WG.6/48/SVN/2", { kind: "upr_compilation" }],
  ["A/HRC/WG.6/48/SVN/3", { kind: "upr_stakeholder_summary" }],
  ["CRC/C/OPAC/KAZ/CO/1", { bodyCode: "CRC-OP-AC", stateCode: "KAZ", kind: "concluding_observations" }],
  ["CAT/OP/KAZ/1", { bodyCode: "SPT", stateCode: "KAZ", kind: "visit_report" }],
];

describe("parseUnSymbol: symbols seen in real documents", () => {
  it.each(valid)("%s", (symbol, expected) => {
    const result = parseUnSymbol(symbol);
    expect(result.ok && result.value).toMatchObject({ symbol, ...expected });
  });

  it("canonicalises case and pasted spaces", () => {
    const result = parseUnSymbol("  ccpr/c/kaz/co/2 / add. 1 ");
    expect(result.ok && result.value.symbol).toBe("CCPR/C/KAZ/CO/2/Add.1");
  });
});

const malformed: [string, string][] = [
  ["CCPR/C/KAZZ/CO/2", "KAZZ is not a three-letter ISO country code."],
  ["CCPR/C/XYZ/CO/2", "XYZ is not an ISO 3166-1 country code."],
  ["CCRP/C/KAZ/CO/2", "unknown body prefix 'CCRP' — did you mean CCPR?"],
  ["E/C12/KAZ/CO/2", "unknown body prefix 'E/C12' — did you mean E/C.12?"],
  [
    "XYZW/C/KAZ/CO/1",
    "unknown body prefix 'XYZW' — UN symbols start with one of CCPR, CERD, CEDAW, CAT, CRC, CMW, CRPD, CED, E/C.12, A/HRC.",
  ],
  ["CCPR/C/KAZ/CO/", "missing the document number after “CCPR/C/KAZ/CO/”."],
  ["CCPR/C/KAZ/CO", "missing the document number after “CCPR/C/KAZ/CO/”."],
  ["CCPR/C/KAZ/CO/two", "'TWO' after “CCPR/C/KAZ/CO/” is not a document number (expected e.g. 2 or 8-10)."],
  ["CERD/C/KAZ/CO/10-8", "the range 10-8 runs backwards: write the lower number first."],
  ["CCPR/KAZ/CO/2", "after CCPR/ a treaty-body symbol continues with C/ (for example CCPR/C/KAZ/CO/1)."],
  ["CCPR/C/KAZ/CO/2/Add", "missing the addendum number after Add."],
  ["CCPR/C/KAZ/CO/2/Rev", "'REV' is not understood here: only /Add.N or /Corr.N may follow the document number."],
  ["CCPR/C/KAZ/XX/2", "unexpected 'XX' after CCPR/C/KAZ."],
  ["A/HRC/WG6/48/SVN/1", "a UPR document symbol reads A/HRC/WG.6/SESSION/STATE/N (e.g. A/HRC/WG.6/48/SVN/1)."],
  ["A/HRC/43", "missing the document number after “A/HRC/43/”."],
  ["CCPR/C/KAZ CO/2", "a symbol has no spaces; remove them from 'CCPR/C/KAZ CO/2'."],
  ["", "Enter the UN document symbol, e.g. CCPR/C/KAZ/CO/2."],
];

describe("parseUnSymbol: malformed symbols say what is wrong", () => {
  it.each(malformed)("%s", (symbol, message) => {
    const result = parseUnSymbol(symbol);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe(message);
  });
});
