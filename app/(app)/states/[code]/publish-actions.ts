"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/app/_lib/action-state";
import { validatedAction } from "@/app/_lib/validated-action";
import { updateState } from "@/lib/data/states";
import { t } from "@/lib/i18n/messages";
import { stateUpdateSchema } from "@/lib/validation/states";

/** Publishes or withdraws a state from the public portal: a versioned, audited state update (lib/data/states.ts). */
export const setPublishedAction = validatedAction(
  {
    access: ["state", "update"],
    schema: stateUpdateSchema,
    input: (form, _ctx, _id: number, published: boolean) => ({ published, version: form.get("version") }),
  },
  (data, { db, actor }, id): ActionState => {
    const after = updateState(db, actor, id, data);
    revalidatePath("/", "layout");
    return {
      status: "success",
      message: after.published ? t("publish.statePublished") : t("publish.stateNotPublished"),
    };
  },
);
