"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/app/_lib/action-state";
import { validatedAction } from "@/app/_lib/validated-action";
import { revokeShareLink } from "@/lib/data/share-links";

/** "Revoke" in a list of share links: the owner's or an admin's (lib/data/share-links.ts checks which). */
export const revokeShareLinkAction = validatedAction(
  { access: ["shareLink", "delete"], schema: z.object({}), input: (_form, _ctx, _id: number) => ({}) },
  (_data, { db, actor }, id): ActionState => {
    revokeShareLink(db, actor, id);
    revalidatePath("/account");
    revalidatePath("/admin/share-links");
    return { status: "success" };
  },
);
