import { isValid as isIsoCountry } from "i18n-iso-countries";
import { z } from "zod";
import { flag, requiredText, versionField } from "./common";
import { lazyError, vmsg } from "./messages";

/** ISO 3166-1 alpha-3, as in UN symbols (KAZ). */
export const iso3Code = z
  .string({ error: () => vmsg("field.isoCode") })
  .trim()
  .regex(/^[A-Z]{3}$/, lazyError("field.isoCode"))
  .superRefine((code, ctx) => {
    if (/^[A-Z]{3}$/.test(code) && !isIsoCountry(code))
      ctx.addIssue({ code: "custom", message: vmsg("field.isoUnknown", { code }) });
  })
  .meta({ examples: ["KAZ"] });

export const stateCreateSchema = z.object({
  code: iso3Code,
  name: requiredText(200),
  /** On the public portal (/public): its recommendations and their history, never evidence not marked public. */
  published: flag.optional(),
});
export const stateUpdateSchema = stateCreateSchema.partial().extend({ version: versionField });
export type StateCreateInput = z.input<typeof stateCreateSchema>;
export type StateUpdateInput = z.input<typeof stateUpdateSchema>;
