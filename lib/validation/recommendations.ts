import { z } from "zod";
import { REITERATION_KINDS, UPR_POSITIONS } from "../../db/schema/enums";
import {
  enumOf,
  flag,
  idRef,
  nameList,
  optionalPartialDate,
  optionalRef,
  optionalText,
  requiredText,
  versionField,
  wholeNumber,
} from "./common";
import { lazyError, listOf, vmsg } from "./messages";

const actionCategory = wholeNumber(1, 5, lazyError("field.range", { min: 1, max: 5 }));

const recommendationFields = {
  cycleId: idRef("review_cycle"),
  documentId: optionalRef("document"),
  /** As written ("23", "40 (b)", "186.20"); empty means not known. */
  paragraph: optionalText(50),
  subject: optionalText(300),
  text: requiredText(20_000),
  isFollowUp: flag.optional(),
  followUpDeadline: optionalPartialDate,
  /** Tags by name; a new name creates the tag (admins curate them afterwards). */
  themes: nameList().optional(),
  affectedPersons: nameList().optional(),
  sdgs: nameList().optional(),
  /** UPR only: the states that made it, as the source names them. */
  recommendingStates: nameList().optional(),
  uprPosition: z
    .union([z.literal(""), z.null(), z.enum(UPR_POSITIONS)], {
      error: () => vmsg("field.chooseOne", { options: listOf(UPR_POSITIONS) }),
    })
    .optional(),
  uprPositionRaw: optionalText(100),
  uprPositionSource: optionalText(300),
  /** UPR Info's action category: 1 minimal … 5 specific. */
  uprActionCategory: z
    .union([z.literal(""), z.null(), actionCategory], { error: () => vmsg("field.range", { min: 1, max: 5 }) })
    .optional(),
};

type Checked = { isFollowUp?: boolean; followUpDeadline?: string | null };
/** A deadline without the follow-up flag is almost always a slip of the hand. */
const checkFollowUp = (r: Checked, ctx: z.RefinementCtx) => {
  if (r.followUpDeadline && r.isFollowUp === false) {
    ctx.addIssue({ code: "custom", path: ["followUpDeadline"], message: vmsg("field.deadlineWithoutFollowUp") });
  }
};

export const recommendationCreateSchema = z.object(recommendationFields).superRefine(checkFollowUp);
export const recommendationUpdateSchema = z
  .object(recommendationFields)
  .partial()
  .extend({ version: versionField })
  .superRefine(checkFollowUp);
export type RecommendationCreateInput = z.input<typeof recommendationCreateSchema>;
export type RecommendationUpdateInput = z.input<typeof recommendationUpdateSchema>;

/** "This recommendation repeats that earlier one." */
export const reiterationCreateSchema = z.object({
  earlierId: idRef("earlier_recommendation"),
  kind: enumOf(REITERATION_KINDS).optional(),
  note: optionalText(2_000),
});
export type ReiterationCreateInput = z.input<typeof reiterationCreateSchema>;
