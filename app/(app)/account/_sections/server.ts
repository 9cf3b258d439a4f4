"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createCalendarFeedToken, revokeCalendarFeedToken } from "@/lib/data/calendar-feeds";
import { updateMe } from "@/lib/data/me";
import { t } from "@/lib/i18n/messages";
import { DIGEST_LABELS } from "@/lib/labels";
import { mePatchSchema } from "@/lib/validation/me";
import type { ActionState } from "@/app/_lib/action-state";
import { validatedAction } from "@/app/_lib/validated-action";
import { requestBaseUrl } from "./base-url";

export const saveDigestAction = validatedAction(
  { access: ["me", "update"], schema: mePatchSchema },
  (data, { db, actor }): ActionState => {
    const me = updateMe(db, actor, data);
    revalidatePath("/account");
    return { status: "success", message: t("account.digest.saved", { choice: DIGEST_LABELS[me.digest] }) };
  },
);

/** The new address goes back in `values.url`: it is shown once and never stored in clear. */
export const createFeedAction = validatedAction(
  { access: ["calendarFeed", "create"], schema: z.object({}), input: () => ({}) },
  async (_data, { db, actor }): Promise<ActionState> => {
    const token = createCalendarFeedToken(db, actor);
    revalidatePath("/account");
    return { status: "success", values: { url: `${await requestBaseUrl()}/calendar/${token}.ics` } };
  },
);

export const revokeFeedAction = validatedAction(
  { access: ["calendarFeed", "delete"], schema: z.object({}), input: () => ({}) },
  (_data, { db, actor }): ActionState => {
    revokeCalendarFeedToken(db, actor);
    revalidatePath("/account");
    return { status: "success", message: t("account.feed.revoked") };
  },
);
