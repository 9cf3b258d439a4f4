"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { createUser, updateUser } from "@/lib/data/users";
import { t } from "@/lib/i18n/messages";
import { ROLE_LABELS } from "@/lib/labels";
import { parseInput } from "@/lib/validation/common";
import { userCreateSchema, userUpdateSchema } from "@/lib/validation/users";
import { formValues, toActionState, type ActionState } from "@/app/_lib/action-state";

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  try {
    const actor = await requireRole("admin");
    const user = createUser(getDb(), parseInput(userCreateSchema, values), actor);
    revalidatePath("/admin");
    return { status: "success", message: t("admin.userAdded", { email: user.email, role: ROLE_LABELS[user.role] }) };
  } catch (e) {
    return toActionState(e, { ...values, password: "" });
  }
}

export async function updateUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  try {
    const actor = await requireRole("admin");
    const user = updateUser(getDb(), actor, Number(values.id), parseInput(userUpdateSchema, values));
    revalidatePath("/admin");
    return { status: "success", message: t("admin.userSaved", { email: user.email }) };
  } catch (e) {
    return toActionState(e, values);
  }
}
