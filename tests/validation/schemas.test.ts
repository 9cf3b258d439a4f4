import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { assessmentCreateSchema } from "@/lib/validation/assessments";
import { bodyCreateSchema } from "@/lib/validation/bodies";
import { fieldErrorsOf, partialDate } from "@/lib/validation/common";
import { cycleCreateSchema, cycleUpdateSchema } from "@/lib/validation/cycles";
import { documentCreateSchema } from "@/lib/validation/documents";
import { evidenceCreateSchema } from "@/lib/validation/evidence";
import { gradeCreateSchema, parseGrade } from "@/lib/validation/grades";
import {
  recommendationCreateSchema,
  recommendationUpdateSchema,
  reiterationCreateSchema,
} from "@/lib/validation/recommendations";
import { responseCreateSchema } from "@/lib/validation/responses";
import { stateCreateSchema, stateUpdateSchema } from "@/lib/validation/states";
import { tagCreateSchema } from "@/lib/validation/tags";
import { userCreateSchema, userUpdateSchema } from "@/lib/validation/users";

/** The field messages a form would show for `input`, or null when it is valid. */
function problems(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input);
  return r.success ? null : fieldErrorsOf(r.error);
}

describe("partial dates", () => {
  it.each(["2011", "2023-04", "2024-04-02", "2024-02-29"])("accepts %s", (d) =>
    expect(partialDate.safeParse(d).success).toBe(true),
  );
  it.each([
    ["2023-02-29", "2023-02-29 is not a real date."],
    ["2023-13", "2023-13 is not a real date."],
    ["16.04.2024", "Write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2016, 2016-08 or 2016-08-09)."],
    ["1800", "Use a year between 1945 and 2100."],
  ])("refuses %s", (d, message) => expect(problems(partialDate, d)).toEqual({ _form: [message] }));
});

describe("one schema per form", () => {
  it("state: ISO3 code in capitals; update needs the version", () => {
    expect(problems(stateCreateSchema, { code: "KAZ", name: "Kazakhstan" })).toBeNull();
    expect(problems(stateCreateSchema, { code: "kz", name: "" })).toEqual({
      code: ["Use the three-letter ISO 3166-1 code in capitals, e.g. KAZ."],
      name: ["This field is required."],
    });
    expect(problems(stateUpdateSchema, { name: "Kazakhstan" })!.version[0]).toMatch(
      /version you started from is missing/,
    );
  });

  it("body: code shape and kind", () => {
    expect(problems(bodyCreateSchema, { code: "CRC-OP-AC", name: "CRC OPAC", kind: "treaty_body" })).toBeNull();
    expect(problems(bodyCreateSchema, { code: "ccpr", name: "x", kind: "committee" })).toEqual({
      code: ["Use capitals, digits and hyphens only, e.g. CCPR or CRC-OP-AC."],
      kind: ["Choose one of: treaty_body, upr or special_procedure."],
    });
  });

  it("review cycle: numbers from a form, partial dates", () => {
    expect(
      cycleCreateSchema.parse({ stateId: "1", bodyId: "2", ordinal: "3", adoptionDate: "2016-07", uprSession: "" }),
    ).toMatchObject({ stateId: 1, bodyId: 2, ordinal: 3 });
    expect(problems(cycleCreateSchema, { stateId: "", bodyId: 2, ordinal: 0, sessionDate: "2016-31" })).toEqual({
      stateId: ["Choose the state from the list."],
      ordinal: ["Enter a number from 1 to 50."],
      sessionDate: ["2016-31 is not a real date."],
    });
    expect(problems(cycleUpdateSchema, { version: "2" })).toBeNull();
  });

  it("document: UN kinds need a valid symbol, other kinds need none", () => {
    expect(problems(documentCreateSchema, { title: "Smal judgment", kind: "court_decision" })).toBeNull();
    expect(
      problems(documentCreateSchema, {
        title: "Shadow report",
        kind: "shadow_report",
        symbol: "INT_CCPR_CSS_KAZ_12345_E",
      }),
    ).toBeNull();
    expect(
      problems(documentCreateSchema, { title: "CO", kind: "concluding_observations", symbol: "CCPR/C/KAZZ/CO/2" }),
    ).toEqual({
      symbol: ["KAZZ is not a three-letter ISO country code."],
    });
    expect(problems(documentCreateSchema, { title: "CO", kind: "upr_addendum", url: "www.ohchr.org" })).toEqual({
      symbol: ["“UPR addendum (state's positions)” is a UN document: enter its symbol, e.g. A/HRC/43/10/Add.1."],
      url: ["Enter a full web address starting with http:// or https://."],
    });
  });

  it("recommendation: text required, action category 1–5, UPR position, checkbox flag", () => {
    const ok = recommendationCreateSchema.parse({
      cycleId: "4",
      text: "Ratify OP-CAT.",
      isFollowUp: "on",
      followUpDeadline: "2018",
      uprActionCategory: "5",
      uprPosition: "supported",
    });
    expect(ok).toMatchObject({ cycleId: 4, isFollowUp: true, uprActionCategory: 5 });
    expect(
      problems(recommendationCreateSchema, { cycleId: 4, text: " ", uprActionCategory: 6, uprPosition: "accepted" }),
    ).toEqual({
      text: ["This field is required."],
      uprActionCategory: ["Enter a number from 1 to 5."],
      uprPosition: ["Choose one of: supported, noted or supported_noted."],
    });
    expect(problems(recommendationUpdateSchema, { text: "x" })!.version).toBeDefined();
    expect(problems(reiterationCreateSchema, { earlierId: "abc" })).toEqual({
      earlierId: ["Choose the earlier recommendation from the list."],
    });
  });

  it("state response: date and stance", () => {
    expect(problems(responseCreateSchema, { date: "2024", stance: "rejects", quote: "…", documentId: "" })).toBeNull();
    expect(problems(responseCreateSchema, { stance: "refuses" })).toEqual({
      date: ["This field is required."],
      stance: ["Choose one of: accepts, partially_accepts, noted, rejects, no_information or no_response."],
    });
  });

  it("assessment: status from the five, a rationale, evidence ids", () => {
    expect(
      problems(assessmentCreateSchema, {
        date: "2024-04-16",
        status: "regressed",
        rationale: "Smal convicted.",
        evidenceIds: ["3"],
      }),
    ).toBeNull();
    expect(problems(assessmentCreateSchema, { date: "2024", status: "done", rationale: "", evidenceIds: [0] })).toEqual(
      {
        status: ["Choose one of: not_implemented, partially_implemented, implemented, regressed or no_information."],
        rationale: ["This field is required."],
        "evidenceIds.0": ["Choose the evidence item from the list."],
      },
    );
  });

  it("evidence: kind and title", () => {
    expect(
      problems(evidenceCreateSchema, { kind: "court_decision", title: "Astana Military Court", date: "2024-04-16" }),
    ).toBeNull();
    expect(problems(evidenceCreateSchema, { kind: "rumour", title: "" })).toMatchObject({
      title: ["This field is required."],
    });
  });

  it("tag and user", () => {
    expect(problems(tagCreateSchema, { kind: "sdg", name: "16.3" })).toBeNull();
    expect(
      problems(userCreateSchema, { email: "Ana@Example.org", name: "Ana", role: "editor", password: "long-enough" }),
    ).toBeNull();
    expect(problems(userCreateSchema, { email: "ana", name: "Ana", role: "owner", password: "short" })).toEqual({
      email: ["Enter an email address such as name@example.org."],
      role: ["Choose one of: admin, editor or viewer."],
      password: ["Use at least 8 characters."],
    });
    expect(userUpdateSchema.parse({ disabled: "true", version: 3 })).toMatchObject({ disabled: true });
  });
});

describe("follow-up grades", () => {
  it.each([
    ["A", "A"],
    ["B", "B"],
    ["B1", "B"],
    ["B2", "B"],
    ["c1", "C"],
    ["C2", "C"],
    ["D1", "D"],
    ["D2", "D"],
    ["E", "E"],
    ["B, C", "C"],
    ["A, B2", "B"],
    ["[B2]", "B"],
    ["C/E", "E"],
    ["B and D1", "D"],
  ])("%s maps to %s", (written, letter) => {
    const r = parseGrade(written);
    expect(r.ok && r.value.letter).toBe(letter);
  });

  it("keeps the grade as written", () => {
    const r = parseGrade("  B,   C ");
    expect(r.ok && r.value.asWritten).toBe("B, C");
  });

  it.each([["A1"], ["F"], ["B3"], ["good"]])("refuses %s", (written) => {
    expect(problems(gradeCreateSchema, { date: "2020", grade: written })!.grade[0]).toMatch(/is not a follow-up grade/);
  });
});
