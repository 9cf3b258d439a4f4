"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { addActionProgress, archiveAction, createAction, restoreAction, updateAction } from "@/lib/data/actions";
import { getRecommendationState } from "@/lib/data/state-pages";
import { t } from "@/lib/i18n/messages";
import { formToInput } from "@/app/_components/records/field-defs";
import { formValues, toActionState, type ActionState } from "@/app/_lib/action-state";
import { actionFields, progressFields } from "./fields";

/*
 * The actions card's forms. Thin, as every action here: the role is checked here
 * and again in lib/data/actions.ts, which validates and audits in one transaction.
 */

function done(recommendationId: number, message: string): ActionState {
  revalidatePath(`/recommendations/${recommendationId}`);
  revalidatePath("/");
  revalidatePath("/calendar");
  return { status: "success", message };
}

export async function createActionAction(recommendationId: number, _prev: ActionState, form: FormData) {
  try {
    const actor = await requireRole("editor");
    const db = getDb();
    const state = getRecommendationState(db, recommendationId);
    createAction(db, actor, recommendationId, formToInput(actionFields(db, state), form));
  } catch (e) {
    return toActionState(e, formValues(form));
  }
  return done(recommendationId, t("actions.added"));
}

export async function updateActionAction(
  recommendationId: number,
  actionId: number,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    const actor = await requireRole("editor");
    const db = getDb();
    const state = getRecommendationState(db, recommendationId);
    updateAction(db, actor, actionId, formToInput(actionFields(db, state), form));
  } catch (e) {
    return toActionState(e, formValues(form));
  }
  return done(recommendationId, t("actions.saved"));
}

export async function addProgressAction(
  recommendationId: number,
  actionId: number,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    const actor = await requireRole("editor");
    const db = getDb();
    const state = getRecommendationState(db, recommendationId);
    addActionProgress(db, actor, actionId, formToInput(progressFields(db, state.id), form));
  } catch (e) {
    return toActionState(e, formValues(form));
  }
  return done(recommendationId, t("actions.progressAdded"));
}

export async function setActionArchivedAction(
  recommendationId: number,
  actionId: number,
  archived: boolean,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    const actor = await requireRole("editor");
    const input = { version: form.get("version") };
    if (archived) archiveAction(getDb(), actor, actionId, input);
    else restoreAction(getDb(), actor, actionId, input);
  } catch (e) {
    return toActionState(e);
  }
  return done(recommendationId, t("actions.archived"));
}
