"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { dismissReiterationCandidate } from "@/lib/data/reiteration-dismissals";
import { addReiteration } from "@/lib/data/reiterations";
import { t } from "@/lib/i18n/messages";
import { toActionState, type ActionState } from "@/app/_lib/action-state";

/*
 * One click on a reiteration candidate (the recommendation page's "Likely
 * earlier versions" and the review queue): the role is checked here and again
 * by the data layer, which writes the link or the dismissal with its audit entry.
 */

function refresh(id: number, earlierId: number) {
  revalidatePath(`/recommendations/${id}`);
  revalidatePath(`/recommendations/${earlierId}`);
  revalidatePath("/states/[code]/reiterations", "page");
  revalidatePath("/");
}

export async function linkCandidateAction(id: number, earlierId: number, _prev: ActionState): Promise<ActionState> {
  try {
    const actor = await requireRole("editor");
    addReiteration(getDb(), actor, id, { earlierId, kind: "reiterates" });
  } catch (e) {
    return toActionState(e);
  }
  refresh(id, earlierId);
  return { status: "success", message: t("suggestions.linked") };
}

export async function dismissCandidateAction(id: number, earlierId: number, _prev: ActionState): Promise<ActionState> {
  try {
    const actor = await requireRole("editor");
    dismissReiterationCandidate(getDb(), actor, id, { earlierId });
  } catch (e) {
    return toActionState(e);
  }
  refresh(id, earlierId);
  return { status: "success", message: t("suggestions.dismissed") };
}
