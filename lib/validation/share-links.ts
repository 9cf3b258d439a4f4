import { z } from "zod";
import { SHARE_VIEWS } from "../../db/schema/enums";
import { enumOf, flag, idRef } from "./common";
import { lazyError, vmsg } from "./messages";

/** A view's URL filters, as the list writes them (?state=KAZ&body=CCPR → {"state": "KAZ", "body": "CCPR"}). */
const filterValue = z.union([z.string().max(500), z.number(), z.boolean(), z.array(z.string().max(500)).max(50)]);

/** POST /api/v1/share-links: one view, read-only, for someone without an account. */
export const shareLinkCreateSchema = z
  .object({
    view: enumOf(SHARE_VIEWS),
    filters: z.record(z.string().max(40), filterValue).optional(),
    recommendationId: idRef("recommendation").optional(),
    frozen: flag.optional(),
    expiresAt: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, lazyError("share.expiryFormat"))
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), lazyError("share.expiryFormat"))
      .nullable()
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.view === "recommendation" && !v.recommendationId)
      ctx.addIssue({ code: "custom", path: ["recommendationId"], message: vmsg("share.needsRecommendation") });
    if (v.view === "state-report") {
      const state = v.filters?.state;
      const one = typeof state === "string" ? !state.includes(",") : Array.isArray(state) && state.length === 1;
      if (!one) ctx.addIssue({ code: "custom", path: ["filters", "state"], message: vmsg("share.needsState") });
    }
  });
export type ShareLinkCreateInput = z.input<typeof shareLinkCreateSchema>;
