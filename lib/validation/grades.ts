import { z } from "zod";
import { GRADE_LETTERS, type GradeLetter } from "../../db/schema/enums";
import { optionalRef, optionalText, pastPartialDate, versionField } from "./common";
import { lazyError, vmsg } from "./messages";

/**
 * Human Rights Committee follow-up grades, stored as written and mapped to a
 * letter for charts (shared/docs/domain.md):
 * - the 2008–2017 sub-grades map to their letter (B1, B2 → B; C1, C2 → C; D1, D2 → D);
 * - a mixed grade ("B, C" — the Committee grades sub-paragraphs separately) maps
 *   to its WORST letter. A chart of follow-up must not show a recommendation as
 *   better handled than its least-implemented part; A is best, E (measures
 *   contrary to the recommendation) is worst, so "worst" is the latest letter.
 */
const SUB_GRADE = /^([A-E])([12])?$/;
const VALID_SUB = new Set(["A", "B", "B1", "B2", "C", "C1", "C2", "D", "D1", "D2", "E"]);

export type ParsedGrade = { asWritten: string; letter: GradeLetter; parts: string[] };

export function parseGrade(input: string): { ok: true; value: ParsedGrade } | { ok: false; message: string } {
  const asWritten = input.trim().replace(/\s+/g, " ");
  if (!asWritten) return { ok: false, message: vmsg("grade.empty") };
  // Separators seen in reports: "B, C", "B/C", "B and C", "[B2]"; brackets and spacing are not part of the grade.
  const parts = asWritten
    .replace(/[[\]()]/g, "")
    .split(/\s*(?:,|;|\/|&|\band\b)\s*|\s+/i)
    .filter(Boolean)
    .map((p) => p.toUpperCase());
  if (!parts.length) return { ok: false, message: vmsg("grade.empty") };
  for (const p of parts) {
    if (!SUB_GRADE.test(p) || !VALID_SUB.has(p)) return { ok: false, message: vmsg("grade.unknown", { value: p }) };
  }
  const letters = parts.map((p) => p[0] as GradeLetter);
  const letter = letters.reduce((worst, l) => (GRADE_LETTERS.indexOf(l) > GRADE_LETTERS.indexOf(worst) ? l : worst));
  return { ok: true, value: { asWritten, letter, parts } };
}

const gradeText = z
  .string({ error: () => vmsg("grade.empty") })
  .trim()
  .max(50, lazyError("field.tooLong", { max: 50 }))
  .superRefine((v, ctx) => {
    const parsed = parseGrade(v);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
  })
  .meta({
    description: 'As the Committee wrote it: A–E, B1/B2/C1/C2/D1/D2, or mixed such as "B, C"',
    examples: ["B", "B1", "B, C"],
  });

const gradeFields = {
  date: pastPartialDate,
  grade: gradeText,
  documentId: optionalRef("document"),
  notes: optionalText(5_000),
};
export const gradeCreateSchema = z.object(gradeFields);
export const gradeUpdateSchema = z.object(gradeFields).partial().extend({ version: versionField });
export type GradeCreateInput = z.input<typeof gradeCreateSchema>;
export type GradeUpdateInput = z.input<typeof gradeUpdateSchema>;
