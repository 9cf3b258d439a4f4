import { z } from "zod";
import { DIGEST_FREQUENCIES } from "../../db/schema/enums";
import { LOCALES } from "../i18n/locales";
import { enumOf } from "./common";

/** PATCH /api/v1/me: the user's own preferences. */
export const mePatchSchema = z.object({
  digest: enumOf(DIGEST_FREQUENCIES).optional().meta({ description: "E-mail digest: none, daily or weekly (default)" }),
  locale: enumOf(LOCALES)
    .optional()
    .meta({ description: "Interface and export language: en or ru; kept across devices and sign-outs" }),
});
