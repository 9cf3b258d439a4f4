/**
 * Building blocks for the shared schemas. They accept what both a JSON API
 * client and an HTML form send (numbers or digit strings, booleans or
 * "on"/"true"), and stay representable by z.toJSONSchema for the OpenAPI
 * document — so no free-form transforms here; the data layer turns "" into NULL.
 */
import { z } from "zod";
import { ValidationError, type FieldErrors } from "../errors";
import { cleanText } from "../text/clean";
import { isAfterToday, todayIso } from "../domain/clock";
import { vocabularyLabel, type EntityKind } from "../labels";
import { type LazyError, lazyError, listOf, vmsg } from "./messages";

export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;

const required = (iss: { input?: unknown }) =>
  iss.input === undefined || iss.input === null ? vmsg("field.required") : undefined;

/** Text as it may be stored: control and bidi-override characters removed (lib/text/clean.ts), then trimmed. */
const storedText = (error: Parameters<typeof z.string>[0]) => z.string(error).overwrite(cleanText).trim();

/** Required text, trimmed, non-empty. */
export const requiredText = (max = 20_000) =>
  storedText({ error: (iss) => required(iss) ?? vmsg("field.text") })
    .min(1, lazyError("field.required"))
    .max(max, lazyError("field.tooLong", { max }));

/** Optional text: undefined leaves it, null or "" clears it. */
export const optionalText = (max = 20_000) =>
  storedText({ error: () => vmsg("field.text") })
    .max(max, lazyError("field.tooLong", { max }))
    .nullable()
    .optional();

/**
 * A whole number as JSON sends it, or as a form sends it: a string of digits and nothing else.
 * Not z.coerce: Number() also turns "0x2", "1e3", " 7 ", true and [1] into numbers.
 */
export const integer = (message: LazyError) =>
  z.union(
    [
      z.number(message).int(message).max(Number.MAX_SAFE_INTEGER, message),
      z
        .string(message)
        .regex(/^\d{1,15}$/, message)
        .transform(Number),
    ],
    message,
  );

/** A whole number from `min` to `max` (a page number, an ordinal, a category). */
export const wholeNumber = (min: number, max: number, notANumber = lazyError("field.wholeNumber")) =>
  integer(notANumber).pipe(
    z.number().min(min, lazyError("field.range", { min, max })).max(max, lazyError("field.range", { min, max })),
  );

/** What a reference points at, as "Choose the {what} from the list." names it. */
type Referenced = EntityKind | "earlier_recommendation" | "api_token";
const referenceError = (what: Referenced) => ({
  error: () => vmsg("field.id", { what: vocabularyLabel("entity", what) }),
});

/** A positive id; digit strings from forms are accepted. */
export const idRef = (what: Referenced) =>
  integer(referenceError(what)).pipe(z.number().positive(referenceError(what)));

/** An optional reference: omitted leaves it, null or "" clears it. */
export const optionalRef = (what: Referenced) =>
  z.union([z.literal(""), z.null(), idRef(what)], referenceError(what)).optional();

export const versionField = integer(lazyError("field.version")).pipe(z.number().positive(lazyError("field.version")));

/** Every update / archive / restore names the version the user started from. */
export const versionOnly = z.object({ version: versionField });
/** What an archive / restore takes: the version the user started from (parsed by the DAL). */
export type VersionInput = z.input<typeof versionOnly>;

/** One of `values`; nothing chosen ("", as a form's "Choose…" sends, or absent) says so. */
export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (iss) =>
      iss.input === "" || iss.input === undefined || iss.input === null
        ? vmsg("field.nothingChosen")
        : vmsg("field.chooseOne", { options: listOf(values) }),
  });

/** true/false, or what a checkbox and a query string send ("on", "true", "1", …). */
export const flag = z.union([z.boolean(), z.stringbool()], {
  error: () => vmsg("field.chooseOne", { options: listOf(["true", "false"]) }),
});

/** Whether "2011", "2023-04" or "2024-04-02" names a real year / month / day. */
export function partialDateProblem(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return vmsg("field.dateFormat");
  const y = Number(m[1]);
  if (y < MIN_YEAR || y > MAX_YEAR) return vmsg("field.dateYear", { min: MIN_YEAR, max: MAX_YEAR });
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return vmsg("field.dateNotReal", { value });
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
      if (day < 1 || day > last) return vmsg("field.dateNotReal", { value });
    }
  }
  return null;
}

const dateMeta = { description: "YYYY, YYYY-MM or YYYY-MM-DD", examples: ["2016", "2016-08", "2016-08-09"] };

/** A date as precise as the source: year, year-month or a full day. */
export const partialDate = z
  .string({ error: (iss) => required(iss) ?? vmsg("field.dateFormat") })
  .trim()
  .min(1, lazyError("field.required"))
  .superRefine((v, ctx) => {
    const problem = partialDateProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta(dateMeta);

/**
 * A date of something that happened — a response, a grade, an assessment, evidence,
 * a document, a cycle's report, session or adoption: never after today (lib/domain/clock.ts).
 * Deadlines and due dates use partialDate / optionalPartialDate, which may lie ahead.
 */
const notInFuture = (v: string, ctx: z.RefinementCtx) => {
  if (v !== "" && partialDateProblem(v) === null && isAfterToday(v)) {
    ctx.addIssue({ code: "custom", message: vmsg("field.dateFuture", { value: v, today: todayIso() }) });
  }
};
export const pastPartialDate = partialDate.superRefine(notInFuture).meta({
  ...dateMeta,
  description: `${dateMeta.description}; not after today`,
});

/** An optional partial date: omitted leaves it, "" or null clears it. */
export const optionalPartialDate = z
  .string({ error: () => vmsg("field.dateFormat") })
  .trim()
  .superRefine((v, ctx) => {
    const problem = v === "" ? null : partialDateProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta(dateMeta)
  .nullable()
  .optional();

/** An optional date of something that happened: as optionalPartialDate, never after today. */
export const optionalPastPartialDate = z
  .string({ error: () => vmsg("field.dateFormat") })
  .trim()
  .superRefine((v, ctx) => {
    const problem = v === "" ? null : partialDateProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
    else notInFuture(v, ctx);
  })
  .meta({ ...dateMeta, description: `${dateMeta.description}; not after today` })
  .nullable()
  .optional();

export const urlField = z
  .string()
  .overwrite(cleanText)
  .trim()
  .max(2_000, lazyError("field.tooLong", { max: 2_000 }))
  .refine((v) => v === "" || /^https?:\/\/\S+$/i.test(v), lazyError("field.url"));

/** A list of names (tags, recommending states); blanks dropped by the data layer. */
export const nameList = (max = 200) =>
  z.array(z.string().overwrite(cleanText).trim().max(max, lazyError("field.tooLong", { max }))).max(500);

/** "" and undefined → null, for columns where empty means unknown. */
export const blankToNull = <T>(v: T | "" | null | undefined): T | null => (v === "" || v === undefined ? null : v);

/** Zod issues as { "field.path": [messages] }. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Parses `input` or throws a ValidationError whose fields name every problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(vmsg("form.invalid"), fieldErrorsOf(result.error));
  return result.data;
}
