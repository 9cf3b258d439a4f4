import { z } from "zod";
import { STANCES } from "../../db/schema/enums";
import { enumOf, optionalRef, optionalText, pastPartialDate, versionField } from "./common";

/** A state's dated statement about a recommendation, with its source and a quote. */
const responseFields = {
  date: pastPartialDate,
  stance: enumOf(STANCES),
  quote: optionalText(20_000),
  documentId: optionalRef("document"),
  notes: optionalText(5_000),
};
export const responseCreateSchema = z.object(responseFields);
export const responseUpdateSchema = z.object(responseFields).partial().extend({ version: versionField });
export type ResponseCreateInput = z.input<typeof responseCreateSchema>;
export type ResponseUpdateInput = z.input<typeof responseUpdateSchema>;
