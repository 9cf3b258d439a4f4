"use server";

import { revalidatePath } from "next/cache";
import { formValues, toActionState, type ActionState } from "@/app/_lib/action-state";
import { actionContext } from "@/lib/context";
import { updateSettings } from "@/lib/data/settings";
import { t } from "@/lib/i18n/messages";
import { parseInput } from "@/lib/validation/common";
import { settingsUpdateSchema } from "@/lib/validation/settings";

/**
 * Saves the organisation settings. Not validatedAction: the logo is a file,
 * which that wrapper's text-only input cannot carry. The same gates apply —
 * the role first, then the schema, then the DAL parses again, checks the role again and audits.
 */
export async function saveSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  try {
    const { db, actor } = await actionContext("settings", "update");
    const file = form.get("logo");
    const logo = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
    updateSettings(db, actor, parseInput(settingsUpdateSchema, values), logo);
    revalidatePath("/admin/settings");
    return { status: "success", message: t("settings.saved") };
  } catch (error) {
    return toActionState(error, values);
  }
}
