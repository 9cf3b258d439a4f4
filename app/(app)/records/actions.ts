"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { formToInput } from "@/app/_components/records/field-defs";
import { formValues, toActionState, type ActionState } from "@/app/_lib/action-state";
import { entityConfig } from "./registry";

/**
 * Create or edit any record of the registry. The role is checked here and
 * again inside the data layer, which also validates (shared zod schema) and
 * writes the audit entry in the same transaction.
 */
export async function saveRecordAction(
  entity: string,
  id: number | null,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  let createdId: number | null = null;
  try {
    const cfg = entityConfig(entity);
    if (!cfg) throw new NotFoundError("Record type", entity);
    const actor = await requireRole(cfg.role);
    const db = getDb();
    const fields = cfg.fields(db, id ? "edit" : "create");
    const input = formToInput(fields, form);
    if (id) {
      const saved = cfg.update(db, actor, id, input);
      revalidatePath(`/records/${entity}`);
      return { status: "success", message: t("records.saved", { what: cfg.label, version: saved.version }) };
    }
    createdId = cfg.create(db, actor, input).id;
  } catch (e) {
    return toActionState(e, formValues(form));
  }
  revalidatePath(`/records/${entity}`);
  redirect(`/records/${entity}/${createdId}?created=1`);
}

export async function setArchivedAction(
  entity: string,
  id: number,
  archived: boolean,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    const cfg = entityConfig(entity);
    if (!cfg) throw new NotFoundError("Record type", entity);
    const actor = await requireRole(cfg.role);
    const input = { version: form.get("version") };
    const db = getDb();
    if (archived) cfg.archive(db, actor, id, input);
    else cfg.restore(db, actor, id, input);
  } catch (e) {
    return toActionState(e);
  }
  revalidatePath(`/records/${entity}`);
  redirect(`/records/${entity}/${id}`);
}
