import { z } from "zod";
import { idRef, optionalText, partialDate, requiredText, versionField } from "./common";

/** A dated event an editor adds to a review cycle ("NGO submissions for the session due"). */
const cycleEventFields = {
  cycleId: idRef("review_cycle"),
  date: partialDate,
  title: requiredText(300),
  notes: optionalText(5_000),
};
export const cycleEventCreateSchema = z.object(cycleEventFields);
export const cycleEventUpdateSchema = z.object(cycleEventFields).partial().extend({ version: versionField });
