import { z } from "zod";
import { idRef, optionalPartialDate, optionalPastPartialDate, optionalText, versionField, wholeNumber } from "./common";
import { vmsg } from "./messages";

/** One review of one state by one body: the 1st, 2nd … cycle; UPR cycles also carry the session number. */
export const cycleCreateSchema = z.object({
  stateId: idRef("state"),
  bodyId: idRef("body"),
  ordinal: wholeNumber(1, 50),
  uprSession: z
    .union([z.literal(""), z.null(), wholeNumber(1, 500)], { error: () => vmsg("field.range", { min: 1, max: 500 }) })
    .optional(),
  // What happened: never after today.
  reportDate: optionalPastPartialDate,
  sessionDate: optionalPastPartialDate,
  adoptionDate: optionalPastPartialDate,
  // Deadlines and due dates may lie ahead.
  followUpDeadline: optionalPartialDate,
  nextReportDue: optionalPartialDate,
  followUpParagraphs: optionalText(300),
  notes: optionalText(5_000),
});
export const cycleUpdateSchema = cycleCreateSchema.partial().extend({ version: versionField });
export type CycleCreateInput = z.input<typeof cycleCreateSchema>;
export type CycleUpdateInput = z.input<typeof cycleUpdateSchema>;
