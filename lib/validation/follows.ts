import { z } from "zod";
import { flag, idRef } from "./common";
import { pageQuery } from "./queries";
import { lazyError } from "./messages";

/** POST /api/v1/me/follows: exactly one of a state (ISO code), a body (code) or a recommendation (id). */
export const followCreateSchema = z
  .object({
    state: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, lazyError("field.isoCode"))
      .optional()
      .meta({ examples: ["KAZ"] }),
    body: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9-]{0,19}$/, lazyError("field.bodyCode"))
      .optional()
      .meta({ examples: ["CCPR"] }),
    recommendationId: idRef("recommendation").optional(),
  })
  .refine(
    (v) => [v.state, v.body, v.recommendationId].filter((x) => x !== undefined).length === 1,
    lazyError("write.followTarget"),
  );
export type FollowCreateInput = z.input<typeof followCreateSchema>;

/** POST /api/v1/me/notifications/read: some notifications by id, or all of them. */
export const notificationsReadSchema = z
  .object({ ids: z.array(idRef("notification")).max(500).optional(), all: z.literal(true).optional() })
  .refine((v) => v.all || v.ids?.length, lazyError("write.readWhich"));

/** GET /api/v1/me/notifications: ?unread=1&page=&per=. */
export const notificationsQuerySchema = pageQuery.extend({ unread: flag.optional() });
