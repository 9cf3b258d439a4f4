"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Access } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { versionOnly } from "@/lib/validation/common";
import { formToInput } from "@/app/_components/records/field-defs";
import { validatedAction } from "@/app/_lib/validated-action";
import { entityConfig, type EntityConfig } from "./registry";

/**
 * Create, edit, archive or restore any record of the registry. The access
 * policy is checked here and again inside the data layer, which writes the
 * audit entry in the same transaction.
 */
function configOf(entity: string): EntityConfig {
  const cfg = entityConfig(entity);
  if (!cfg) throw new NotFoundError("Record type", entity);
  return cfg;
}

export const saveRecordAction = validatedAction(
  {
    // A cast, not a check: TypeScript compares a tuple of unions with the Access union only up to 25
    // combinations, and RecordEntity is by definition an entity whose row has these actions.
    access: (entity: string, id: number | null) => [configOf(entity).policy, id ? "update" : "create"] as Access,
    schema: (entity: string, id: number | null) => configOf(entity).schema[id ? "update" : "create"],
    input: (form, ctx, entity, id) => formToInput(configOf(entity).fields(ctx, id ? "edit" : "create"), form),
  },
  (data, ctx, entity, id) => {
    const cfg = configOf(entity);
    if (id) {
      cfg.update(ctx.db, ctx.actor, id, data);
      revalidatePath(`/records/${entity}`);
      return { status: "success", message: t("records.saved", { what: cfg.label }) };
    }
    const createdId = cfg.create(ctx.db, ctx.actor, data).id;
    revalidatePath(`/records/${entity}`);
    redirect(`/records/${entity}/${createdId}?created=1`);
  },
);

export const setArchivedAction = validatedAction(
  {
    access: (entity: string, _id: number, archived: boolean) =>
      [configOf(entity).policy, archived ? "archive" : "restore"] as Access,
    schema: versionOnly,
  },
  (data, ctx, entity, id, archived) => {
    const cfg = configOf(entity);
    if (archived) cfg.archive(ctx.db, ctx.actor, id, data);
    else cfg.restore(ctx.db, ctx.actor, id, data);
    revalidatePath(`/records/${entity}`);
    redirect(`/records/${entity}/${id}`);
  },
);
