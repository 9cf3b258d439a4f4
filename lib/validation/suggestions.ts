import { z } from "zod";
import { TAG_KINDS } from "../../db/schema/enums";
import { enumOf, idRef, optionalText, requiredText } from "./common";
import { lazyError, vmsg } from "./messages";

/** A text long enough to suggest tags for; longer ones are cut to this by the data layer. */
export const MAX_SUGGESTION_TEXT = 20_000;

/** GET /api/v1/tag-suggestions?kind=theme&text=… */
export const tagSuggestionQuery = z.object({
  kind: enumOf(TAG_KINDS),
  text: requiredText(MAX_SUGGESTION_TEXT),
  limit: z.coerce
    .number({ error: () => vmsg("field.wholeNumber") })
    .int(lazyError("field.wholeNumber"))
    .min(1, lazyError("field.range", { min: 1, max: 10 }))
    .max(10, lazyError("field.range", { min: 1, max: 10 }))
    .optional(),
});
export type TagSuggestionQuery = z.output<typeof tagSuggestionQuery>;

/** "This earlier one is not what it repeats": remembered, so the pair is not suggested again. */
export const dismissalCreateSchema = z.object({
  earlierId: idRef("earlier_recommendation"),
  note: optionalText(2_000),
});
export type DismissalCreateInput = z.input<typeof dismissalCreateSchema>;

/** GET …/reiteration-candidates?limit= */
export const candidateQuery = z.object({
  limit: z.coerce
    .number({ error: () => vmsg("field.wholeNumber") })
    .int(lazyError("field.wholeNumber"))
    .min(1, lazyError("field.range", { min: 1, max: 10 }))
    .max(10, lazyError("field.range", { min: 1, max: 10 }))
    .optional(),
});
