import { z } from "zod";
import { STATUSES } from "../../db/schema/enums";
import { enumOf, idRef, optionalText, pastPartialDate, requiredText, versionField } from "./common";

/** The NGO's dated judgement of implementation, with the evidence it rests on. */
const assessmentFields = {
  date: pastPartialDate,
  status: enumOf(STATUSES),
  rationale: requiredText(20_000),
  evidenceIds: z.array(idRef("evidence")).max(200).optional(),
  /** Credited author (an NGO or researcher) when it is not the signed-in user. */
  authorName: optionalText(200),
};
export const assessmentCreateSchema = z.object(assessmentFields);
export const assessmentUpdateSchema = z.object(assessmentFields).partial().extend({ version: versionField });
export type AssessmentCreateInput = z.input<typeof assessmentCreateSchema>;
export type AssessmentUpdateInput = z.input<typeof assessmentUpdateSchema>;
