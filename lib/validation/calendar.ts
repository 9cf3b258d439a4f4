import { z } from "zod";
import { CALENDAR_KINDS } from "../calendar/kinds";
import { flag, optionalPartialDate } from "./common";
import { lazyError, listOf, vmsg, type LazyError } from "./messages";

/** Codes as a query string sends them: repeated keys or commas (?state=KAZ,KGZ). */
const codes = (pattern: RegExp, message: LazyError) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      (Array.isArray(v) ? v : v ? [v] : [])
        .flatMap((x) => x.split(","))
        .map((x) => x.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(pattern, message)).max(50));

/**
 * GET /api/v1/calendar and the .ics feeds. `from` and `to` may be partial dates:
 * `from=2014` starts on 1 January 2014, `to=2014` ends on 31 December.
 */
export const calendarQuerySchema = z.object({
  from: optionalPartialDate,
  to: optionalPartialDate,
  state: codes(/^[A-Z]{3}$/, lazyError("field.isoCode")).meta({ description: "ISO3 code(s)", examples: ["KAZ"] }),
  body: codes(/^[A-Z][A-Z0-9-]{0,19}$/, lazyError("field.bodyCode")).meta({ examples: ["CCPR"] }),
  kind: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((x) => x.split(",")).filter(Boolean))
    .pipe(
      z.array(z.enum(CALENDAR_KINDS, { error: () => vmsg("field.chooseOne", { options: listOf(CALENDAR_KINDS) }) })),
    ),
  mine: flag.optional().meta({ description: "1: only what you follow" }),
});
export type CalendarQueryInput = z.output<typeof calendarQuerySchema>;
