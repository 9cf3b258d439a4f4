import { z } from "zod";
import { flag, optionalPartialDate } from "./common";
import { vmsg } from "./messages";

const positive = (max: number) =>
  z.coerce
    .number({ error: () => vmsg("field.wholeNumber") })
    .int(vmsg("field.wholeNumber"))
    .min(1, vmsg("field.range", { min: 1, max }))
    .max(max, vmsg("field.range", { min: 1, max }));

/** ?page=&per= on every list endpoint. */
export const pageQuery = z.object({
  page: positive(100_000).optional(),
  per: positive(200).optional(),
});

/** ?archived=1 shows archived records as well. */
export const listQuery = pageQuery.extend({ archived: flag.optional(), q: z.string().trim().max(200).optional() });

/** Filters of the audit log: who, which record, when. */
export const auditQuerySchema = pageQuery.extend({
  /** A user's email or id. */
  user: z.string().trim().max(200).optional(),
  entity: z.string().trim().max(50).optional(),
  entityId: positive(Number.MAX_SAFE_INTEGER).optional(),
  /** create, update, archive, restore, delete, link, import, export… */
  action: z.string().trim().max(30).optional(),
  /** Words anywhere in what an entry recorded: a name, a document symbol, a file name. */
  q: z.string().trim().max(200).optional(),
  from: optionalPartialDate,
  to: optionalPartialDate,
});
export type AuditQuery = z.output<typeof auditQuerySchema>;
