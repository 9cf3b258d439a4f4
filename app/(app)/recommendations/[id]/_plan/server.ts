"use server";

import { revalidatePath } from "next/cache";
import { addActionProgress, archiveAction, createAction, restoreAction, updateAction } from "@/lib/data/actions";
import { getRecommendationState } from "@/lib/data/state-pages";
import { t } from "@/lib/i18n/messages";
import { actionCreateSchema, actionProgressSchema, actionUpdateSchema } from "@/lib/validation/actions";
import { versionOnly } from "@/lib/validation/common";
import { formToInput } from "@/app/_components/records/field-defs";
import type { ActionState } from "@/app/_lib/action-state";
import { validatedAction } from "@/app/_lib/validated-action";
import { actionFields, progressFields } from "./fields";

/*
 * The actions card's forms (app/_lib/validated-action.ts): access policy → the
 * card's field list turns the form into the shared schema's input → one DAL call,
 * which checks the role again and audits in the same transaction.
 */

function done(recommendationId: number, message: string): ActionState {
  revalidatePath(`/recommendations/${recommendationId}`);
  revalidatePath("/");
  revalidatePath("/calendar");
  return { status: "success", message };
}

export const createActionAction = validatedAction(
  {
    access: ["action", "create"],
    schema: actionCreateSchema,
    input: (form, ctx, recommendationId: number) =>
      formToInput(actionFields(ctx, getRecommendationState(ctx.db, recommendationId)), form),
  },
  (data, { db, actor }, recommendationId) => {
    createAction(db, actor, recommendationId, data);
    return done(recommendationId, t("actions.added"));
  },
);

export const updateActionAction = validatedAction(
  {
    access: ["action", "update"],
    schema: actionUpdateSchema,
    input: (form, ctx, recommendationId: number, _actionId: number) =>
      formToInput(actionFields(ctx, getRecommendationState(ctx.db, recommendationId)), form),
  },
  (data, { db, actor }, recommendationId, actionId) => {
    updateAction(db, actor, actionId, data);
    return done(recommendationId, t("actions.saved"));
  },
);

export const addProgressAction = validatedAction(
  {
    access: ["action", "update"],
    schema: actionProgressSchema,
    input: (form, ctx, recommendationId: number, _actionId: number) =>
      formToInput(progressFields(ctx, getRecommendationState(ctx.db, recommendationId).id), form),
  },
  (data, { db, actor }, recommendationId, actionId) => {
    addActionProgress(db, actor, actionId, data);
    return done(recommendationId, t("actions.progressAdded"));
  },
);

export const setActionArchivedAction = validatedAction(
  {
    access: (_recommendationId: number, _actionId: number, archived: boolean) =>
      ["action", archived ? "archive" : "restore"] as const,
    schema: versionOnly,
  },
  (data, { db, actor }, recommendationId, actionId, archived) => {
    if (archived) archiveAction(db, actor, actionId, data);
    else restoreAction(db, actor, actionId, data);
    return done(recommendationId, t("actions.archived"));
  },
);
