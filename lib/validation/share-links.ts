import { z } from "zod";
import { SHARE_VIEWS } from "../../db/schema/enums";
import { enumOf, flag, idRef } from "./common";
import { lazyError, vmsg } from "./messages";

/**
 * The filters a shared dashboard or state report honours (lib/data/share-links.ts), as their URLs
 * write them (?state=KAZ&body=CCPR → {"state": "KAZ", "body": "CCPR"}). Anything else is refused
 * by name rather than dropped: a link must never show more than its maker asked for.
 */
export const SHARE_FILTER_KEYS = ["state", "body", "theme", "from", "to"] as const;
const filterValue = z.union([z.string().max(500), z.number(), z.array(z.string().max(500)).max(50)]);
const YEAR = /^\d{4}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD that names a real day (Date.parse would roll 30 February over into March). */
function isRealDay(v: string): boolean {
  const day = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === v;
}

type FilterInput = Record<string, z.infer<typeof filterValue>>;

function checkFilters(filters: FilterInput, ctx: z.RefinementCtx) {
  const issue = (key: string, message: string) => ctx.addIssue({ code: "custom", path: ["filters", key], message });
  for (const [key, value] of Object.entries(filters)) {
    if (!(SHARE_FILTER_KEYS as readonly string[]).includes(key)) {
      issue(key, vmsg("share.unknownFilter", { key, known: SHARE_FILTER_KEYS.join(", ") }));
    } else if (key === "from" || key === "to") {
      if (Array.isArray(value) || !YEAR.test(String(value).trim())) issue(key, vmsg("share.yearFormat", { key }));
    } else if (typeof value === "number") {
      issue(key, vmsg("share.codeFormat", { key }));
    }
  }
  const from = Number(filters.from);
  const to = Number(filters.to);
  if (YEAR.test(String(filters.from)) && YEAR.test(String(filters.to)) && from > to)
    issue("to", vmsg("share.yearsReversed", { from, to }));
}

/** POST /api/v1/share-links: one view, read-only, for someone without an account. */
export const shareLinkCreateSchema = z
  .object({
    view: enumOf(SHARE_VIEWS),
    filters: z.record(z.string().max(40), filterValue).optional(),
    recommendationId: idRef("recommendation").optional(),
    frozen: flag.optional(),
    expiresAt: z
      .string(lazyError("share.expiryFormat"))
      .trim()
      .regex(DAY, lazyError("share.expiryFormat"))
      // Only a well-written date can name a day that does not exist; one message per mistake.
      .refine((v) => !DAY.test(v) || isRealDay(v), lazyError("share.expiryNoSuchDay"))
      .nullable()
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.filters) checkFilters(v.filters, ctx);
    if (v.view === "recommendation" && !v.recommendationId)
      ctx.addIssue({ code: "custom", path: ["recommendationId"], message: vmsg("share.needsRecommendation") });
    if (v.view === "state-report") {
      const state = v.filters?.state;
      const one = typeof state === "string" ? !state.includes(",") : Array.isArray(state) && state.length === 1;
      if (!one) ctx.addIssue({ code: "custom", path: ["filters", "state"], message: vmsg("share.needsState") });
    }
  });
export type ShareLinkCreateInput = z.input<typeof shareLinkCreateSchema>;
