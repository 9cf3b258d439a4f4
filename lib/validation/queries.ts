import { z } from "zod";
import { cleanText } from "../text/clean";
import { flag, optionalPartialDate, wholeNumber } from "./common";
import { lazyError, vmsg } from "./messages";

const positive = (max: number) => wholeNumber(1, max);

/** Text typed into a filter: cleaned like stored text, and past `max` a 400 that names the limit. */
const queryText = (max: number) =>
  z
    .string({ error: () => vmsg("field.text") })
    .overwrite(cleanText)
    .trim()
    .max(max, lazyError("field.tooLong", { max }));

/** ?page=&per= on every list endpoint. */
export const pageQuery = z.object({
  page: positive(100_000).optional(),
  per: positive(200).optional(),
});

/** ?archived=1 shows archived records as well. */
export const listQuery = pageQuery.extend({ archived: flag.optional(), q: queryText(200).optional() });

/** Filters of the audit log: who, which record, when. */
export const auditQuerySchema = pageQuery.extend({
  /** A user's email or id. */
  user: queryText(200).optional(),
  entity: queryText(50).optional(),
  entityId: positive(Number.MAX_SAFE_INTEGER).optional(),
  /** create, update, archive, restore, delete, link, import, export… */
  action: z.string().trim().max(30).optional(),
  /** Words anywhere in what an entry recorded: a name, a document symbol, a file name. */
  q: z.string().trim().max(200).optional(),
  from: optionalPartialDate,
  to: optionalPartialDate,
});
export type AuditQuery = z.output<typeof auditQuerySchema>;
