"use server";

import { revalidatePath } from "next/cache";
import { dismissReiterationCandidate } from "@/lib/data/reiteration-dismissals";
import { addReiteration } from "@/lib/data/reiterations";
import { t } from "@/lib/i18n/messages";
import { reiterationCreateSchema } from "@/lib/validation/recommendations";
import { dismissalCreateSchema } from "@/lib/validation/suggestions";
import { validatedAction } from "@/app/_lib/validated-action";

/*
 * One click on a reiteration candidate (the recommendation page's "Likely
 * earlier versions" and the review queue): the access policy here, then the
 * data layer checks the role again and writes the link (the usual audited
 * write, lib/data/reiterations.ts) or the dismissal with its audit entry.
 */

function refresh(id: number, earlierId: number) {
  revalidatePath(`/recommendations/${id}`);
  revalidatePath(`/recommendations/${earlierId}`);
  revalidatePath("/states/[code]/reiterations", "page");
  revalidatePath("/");
}

export const linkCandidateAction = validatedAction(
  {
    access: ["reiteration", "create"],
    schema: reiterationCreateSchema,
    input: (_form, _ctx, _id: number, earlierId: number) => ({ earlierId, kind: "reiterates" }),
  },
  (data, { db, actor }, id: number, earlierId: number) => {
    addReiteration(db, actor, id, data);
    refresh(id, earlierId);
    return { status: "success", message: t("suggestions.linked") };
  },
);

export const dismissCandidateAction = validatedAction(
  {
    access: ["dismissal", "create"],
    schema: dismissalCreateSchema,
    input: (_form, _ctx, _id: number, earlierId: number) => ({ earlierId }),
  },
  (data, { db, actor }, id: number, earlierId: number) => {
    dismissReiterationCandidate(db, actor, id, data);
    refresh(id, earlierId);
    return { status: "success", message: t("suggestions.dismissed") };
  },
);
