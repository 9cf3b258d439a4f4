import { z } from "zod";
import { INSTITUTION_KINDS } from "../../db/schema/enums";
import { enumOf, idRef, requiredText, versionField } from "./common";

/** An institution of a state that can be made responsible for an action. */
const institutionFields = {
  stateId: idRef("state"),
  name: requiredText(300),
  kind: enumOf(INSTITUTION_KINDS),
};
export const institutionCreateSchema = z.object(institutionFields);
export const institutionUpdateSchema = z.object(institutionFields).partial().extend({ version: versionField });
export type InstitutionCreateInput = z.input<typeof institutionCreateSchema>;
