"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { createAssessment } from "@/lib/data/assessments";
import { attachEvidence } from "@/lib/data/evidence";
import { createGrade } from "@/lib/data/grades";
import { addReiteration } from "@/lib/data/reiterations";
import {
  archiveRecommendation,
  createRecommendation,
  restoreRecommendation,
  updateRecommendation,
} from "@/lib/data/recommendations-write";
import { createResponse } from "@/lib/data/responses";
import { t } from "@/lib/i18n/messages";
import { formToInput } from "@/app/_components/records/field-defs";
import { formValues, toActionState, type ActionState } from "@/app/_lib/action-state";
import {
  assessmentFields,
  evidenceFields,
  gradeFields,
  linkEvidenceFields,
  recommendationFields,
  reiterationFields,
  responseFields,
} from "./recommendation-fields";

/*
 * Thin actions: role check → shared field list turns the form into the zod
 * schema's input → one DAL call (which validates, checks the role again and
 * writes the change with its audit entry in one transaction) → revalidate.
 */

export async function createRecommendationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: number;
  try {
    const actor = await requireRole("editor");
    const db = getDb();
    id = createRecommendation(db, actor, formToInput(recommendationFields(db), form)).id;
  } catch (e) {
    return toActionState(e, formValues(form));
  }
  revalidatePath("/");
  redirect(`/recommendations/${id}`);
}

export async function updateRecommendationAction(id: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireRole("editor");
    const db = getDb();
    updateRecommendation(db, actor, id, formToInput(recommendationFields(db), form));
  } catch (e) {
    return toActionState(e, formValues(form));
  }
  revalidatePath(`/recommendations/${id}`);
  redirect(`/recommendations/${id}?saved=1`);
}

export async function setRecommendationArchivedAction(
  id: number,
  archived: boolean,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    const actor = await requireRole("admin");
    const input = { version: form.get("version") };
    if (archived) archiveRecommendation(getDb(), actor, id, input);
    else restoreRecommendation(getDb(), actor, id, input);
  } catch (e) {
    return toActionState(e);
  }
  revalidatePath("/");
  revalidatePath(`/recommendations/${id}`);
  return { status: "success", message: archived ? t("workbench.archived") : t("workbench.restored") };
}

type Adder = "response" | "grade" | "assessment" | "evidence" | "linkEvidence" | "reiteration";

/** One action for every "add to the history" form on the recommendation page. */
export async function addToRecommendationAction(
  id: number,
  stateId: number,
  what: Adder,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  try {
    const actor = await requireRole("editor");
    const db = getDb();
    switch (what) {
      case "response":
        createResponse(db, actor, id, formToInput(responseFields(db, stateId), form));
        break;
      case "grade":
        createGrade(db, actor, id, formToInput(gradeFields(db, stateId), form));
        break;
      case "assessment":
        createAssessment(db, actor, id, formToInput(assessmentFields(db, stateId), form));
        break;
      case "evidence":
        attachEvidence(db, actor, id, { ...formToInput(evidenceFields(), form), stateId });
        break;
      case "linkEvidence":
        attachEvidence(db, actor, id, formToInput(linkEvidenceFields(db, stateId), form));
        break;
      case "reiteration":
        addReiteration(db, actor, id, formToInput(reiterationFields(db, id), form));
        break;
    }
  } catch (e) {
    return toActionState(e, formValues(form));
  }
  revalidatePath(`/recommendations/${id}`);
  revalidatePath("/");
  return { status: "success", message: t(`workbench.added.${what}` as const) };
}
