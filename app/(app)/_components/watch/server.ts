"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FollowTarget } from "@/lib/data/follows";
import { follow, unfollow } from "@/lib/data/follows";
import { markNotificationsRead } from "@/lib/data/notifications";
import { t } from "@/lib/i18n/messages";
import { followCreateSchema } from "@/lib/validation/follows";
import type { ActionState } from "@/app/_lib/action-state";
import { validatedAction } from "@/app/_lib/validated-action";

/* Follow / unfollow and "mark all as read": the user's own records, every role may. */

export const followAction = validatedAction(
  { access: ["follow", "create"], schema: followCreateSchema, input: (_form, _ctx, target: FollowTarget) => target },
  (data, { db, actor }): ActionState => {
    follow(db, actor, data);
    revalidatePath("/", "layout");
    return { status: "success" };
  },
);

export const unfollowAction = validatedAction(
  { access: ["follow", "delete"], schema: z.object({}), input: (_form, _ctx, _id: number) => ({}) },
  (_data, { db, actor }, id): ActionState => {
    unfollow(db, actor, id);
    revalidatePath("/", "layout");
    return { status: "success" };
  },
);

export const markAllReadAction = validatedAction(
  { access: ["notification", "update"], schema: z.object({}), input: () => ({}) },
  (_data, { db, actor }): ActionState => {
    const { marked } = markNotificationsRead(db, actor, { all: true });
    revalidatePath("/", "layout");
    return { status: "success", message: t("notifications.marked", { count: marked }) };
  },
);
