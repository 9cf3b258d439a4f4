"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createUser, revokeApiTokens, updateUser } from "@/lib/data/users";
import { t } from "@/lib/i18n/messages";
import { ROLE_LABELS } from "@/lib/labels";
import { idRef } from "@/lib/validation/common";
import { userCreateSchema, userUpdateSchema } from "@/lib/validation/users";
import { validatedAction } from "@/app/_lib/validated-action";

export const createUserAction = validatedAction(
  // A refused form never sends the password back.
  { access: ["user", "create"], schema: userCreateSchema, keep: (values) => ({ ...values, password: "" }) },
  async (data, { db, actor }) => {
    const user = await createUser(db, data, actor);
    revalidatePath("/admin");
    return { status: "success", message: t("admin.userAdded", { email: user.email, role: ROLE_LABELS[user.role] }) };
  },
);

export const updateUserAction = validatedAction(
  { access: ["user", "update"], schema: userUpdateSchema.extend({ id: idRef("user") }) },
  (data, { db, actor }) => {
    const { id, ...changes } = data;
    const user = updateUser(db, actor, id, changes);
    revalidatePath("/admin");
    return { status: "success", message: t("admin.userSaved", { email: user.email }) };
  },
);

export const revokeTokenAction = validatedAction(
  { access: ["user", "update"], schema: z.object({ tokenId: idRef("api_token"), userId: idRef("user") }) },
  (data, { db, actor }) => {
    const result = revokeApiTokens(db, actor, { userId: data.userId, tokenId: data.tokenId });
    revalidatePath("/admin");
    return {
      status: "success",
      message: t("admin.tokens.revokedDone", { id: String(data.tokenId), email: result.email }),
    };
  },
);
