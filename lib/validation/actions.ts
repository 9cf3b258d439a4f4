import { z } from "zod";
import { ACTION_STATUSES } from "../../db/schema/enums";
import {
  enumOf,
  idRef,
  optionalPartialDate,
  optionalRef,
  optionalText,
  partialDate,
  requiredText,
  urlField,
  versionField,
} from "./common";
import { lazyError } from "./messages";

/** At most this many responsible institutions per action (a real plan names a few). */
export const MAX_ACTION_INSTITUTIONS = 20;

/** What is to be done about a recommendation, by which institutions, by when. */
const actionFields = {
  title: requiredText(500),
  description: optionalText(20_000),
  institutionIds: z
    .array(idRef("institution"))
    .max(MAX_ACTION_INSTITUTIONS, lazyError("field.tooMany", { max: MAX_ACTION_INSTITUTIONS })),
  focalPointName: optionalText(300),
  focalPointContact: optionalText(300),
  dueDate: optionalPartialDate,
  status: enumOf(ACTION_STATUSES),
};
export const actionCreateSchema = z.object(actionFields);
export const actionUpdateSchema = z.object(actionFields).partial().extend({ version: versionField });
export type ActionCreateInput = z.input<typeof actionCreateSchema>;
export type ActionUpdateInput = z.input<typeof actionUpdateSchema>;

/** A dated note on an action's progress, with its evidence (an evidence item, a link, or both). */
export const actionProgressSchema = z.object({
  date: partialDate,
  note: requiredText(10_000),
  evidenceId: optionalRef("evidence"),
  sourceUrl: urlField.nullable().optional(),
});
export type ActionProgressInput = z.input<typeof actionProgressSchema>;
