import { z } from "zod";
import { BODY_KINDS } from "../../db/schema/enums";
import { enumOf, optionalText, requiredText, versionField } from "./common";
import { lazyError, vmsg } from "./messages";

/** CCPR, CESCR, CRC-OP-AC, SR-FOE … as UHRI spells the bodies. */
export const bodyCode = z
  .string({ error: () => vmsg("field.bodyCode") })
  .trim()
  .regex(/^[A-Z][A-Z0-9-]{1,19}$/, lazyError("field.bodyCode"))
  .meta({ examples: ["CCPR"] });

export const bodyCreateSchema = z.object({
  code: bodyCode,
  name: requiredText(300),
  kind: enumOf(BODY_KINDS),
  treaty: optionalText(300),
});
export const bodyUpdateSchema = bodyCreateSchema.partial().extend({ version: versionField });
export type BodyCreateInput = z.input<typeof bodyCreateSchema>;
export type BodyUpdateInput = z.input<typeof bodyUpdateSchema>;
