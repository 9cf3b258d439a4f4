import { z } from "zod";
import { flag, integer, optionalText } from "./common";
import { lazyError } from "./messages";

/** The largest logo accepted: it is drawn at a few centimetres on a cover, so a larger file is only weight. */
export const LOGO_MAX_BYTES = 500_000;

/**
 * /admin/settings: the organisation's name and disclaimer, whether to remove
 * the logo, and the version the admin started from (0 while nothing was ever
 * saved). The logo's bytes are checked by lib/data/settings.ts, which reads them.
 */
export const settingsUpdateSchema = z.object({
  organisationName: optionalText(200),
  disclaimer: optionalText(2000),
  removeLogo: flag.optional(),
  version: integer(lazyError("field.version")).pipe(z.number().min(0, lazyError("field.version"))),
});
export type SettingsUpdateInput = z.output<typeof settingsUpdateSchema>;
