"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { redirect } from "next/navigation";
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
import type { Access } from "@/lib/auth/policy";
import { t } from "@/lib/i18n/messages";
import { assessmentCreateSchema } from "@/lib/validation/assessments";
import { versionOnly } from "@/lib/validation/common";
import { evidenceCreateSchema, evidenceLinkSchema } from "@/lib/validation/evidence";
import { gradeCreateSchema } from "@/lib/validation/grades";
import {
  recommendationCreateSchema,
  recommendationUpdateSchema,
  reiterationCreateSchema,
} from "@/lib/validation/recommendations";
import { responseCreateSchema } from "@/lib/validation/responses";
import { formText, formToInput } from "@/app/_components/records/field-defs";
import type { SignedInContext } from "@/lib/context";
import { searchEarlierRecommendations } from "@/lib/data/recommendation-options";
import type { ActionState } from "@/app/_lib/action-state";
import { validatedAction } from "@/app/_lib/validated-action";
import {
  assessmentFields,
  evidenceFields,
  gradeFields,
  linkEvidenceFields,
  recommendationFields,
  reiterationFields,
  responseFields,
  type Near,
} from "./recommendation-fields";

/*
 * Thin actions (app/_lib/validated-action.ts): access policy → the shared
 * field list turns the form into the zod schema's input → parse → one DAL
 * call (which checks the role again and writes the change with its audit
 * entry in one transaction) → revalidate.
 */

export const createRecommendationAction = validatedAction(
  {
    access: ["recommendation", "create"],
    schema: recommendationCreateSchema,
    input: (form, ctx) => formToInput(recommendationFields(ctx), form),
  },
  (data, { db, actor }) => {
    const id = createRecommendation(db, actor, data).id;
    revalidatePath("/");
    redirect(`/recommendations/${id}`);
  },
);

export const updateRecommendationAction = validatedAction<typeof recommendationUpdateSchema, [id: number]>(
  {
    access: ["recommendation", "update"],
    schema: recommendationUpdateSchema,
    input: (form, ctx) => formToInput(recommendationFields(ctx), form),
  },
  (data, { db, actor }, id) => {
    updateRecommendation(db, actor, id, data);
    revalidatePath(`/recommendations/${id}`);
    redirect(`/recommendations/${id}?saved=1`);
  },
);

export const setRecommendationArchivedAction = validatedAction(
  {
    access: (_id: number, archived: boolean): Access => ["recommendation", archived ? "archive" : "restore"],
    schema: versionOnly,
  },
  (data, { db, actor }, id, archived): ActionState => {
    if (archived) archiveRecommendation(db, actor, id, data);
    else restoreRecommendation(db, actor, id, data);
    revalidatePath("/");
    revalidatePath(`/recommendations/${id}`);
    return { status: "success", message: archived ? t("workbench.archived") : t("workbench.restored") };
  },
);

type Adder = "response" | "grade" | "assessment" | "evidence" | "linkEvidence" | "reiteration";

/** What each "add to the history" form needs: its policy entry, schema, fields and DAL write. */
const ADDERS = {
  response: { access: ["response", "create"], schema: responseCreateSchema },
  grade: { access: ["grade", "create"], schema: gradeCreateSchema },
  assessment: { access: ["assessment", "create"], schema: assessmentCreateSchema },
  evidence: { access: ["evidence", "attach"], schema: evidenceCreateSchema },
  linkEvidence: { access: ["evidence", "attach"], schema: evidenceLinkSchema },
  reiteration: { access: ["reiteration", "create"], schema: reiterationCreateSchema },
} as const satisfies Record<Adder, { access: Access; schema: unknown }>;
/** What ADDERS[what].schema gives: validatedAction parses with the kind's schema, so `data` is that kind's value. */
type Added = { [K in Adder]: z.output<(typeof ADDERS)[K]["schema"]> };

/**
 * Without JavaScript the picker is a plain text box: what was typed arrives as
 * `earlierIdQuery` and no id is chosen. When exactly one recommendation matches
 * it, that is the one meant; otherwise none is chosen and the form says so.
 */
function withEarlierFromQuery(ctx: SignedInContext, id: number, form: FormData, input: Record<string, unknown>) {
  const query = formText(form, "earlierIdQuery").trim();
  if (input.earlierId || !query) return input;
  const found = searchEarlierRecommendations(ctx.db, id, query, 2);
  return found.length === 1 ? { ...input, earlierId: String(found[0].id) } : input;
}

/** One action for every "add to the history" form on the recommendation page. */
export const addToRecommendationAction = validatedAction(
  {
    access: (_id: number, _near: Near, what: Adder) => ADDERS[what].access,
    schema: (_id: number, _near: Near, what: Adder) => ADDERS[what].schema,
    input: (form, ctx, id, near, what) => {
      switch (what) {
        case "response":
          return formToInput(responseFields(ctx, near), form);
        case "grade":
          return formToInput(gradeFields(ctx, near), form);
        case "assessment":
          return formToInput(assessmentFields(ctx, near.stateId), form);
        case "evidence":
          return { ...formToInput(evidenceFields(), form), stateId: near.stateId };
        case "linkEvidence":
          return formToInput(linkEvidenceFields(ctx, near.stateId), form);
        case "reiteration":
          return withEarlierFromQuery(ctx, id, form, formToInput(reiterationFields(id), form));
      }
    },
  },
  (data, { db, actor }, id, _near, what): ActionState => {
    switch (what) {
      case "response":
        createResponse(db, actor, id, data as Added["response"]);
        break;
      case "grade":
        createGrade(db, actor, id, data as Added["grade"]);
        break;
      case "assessment":
        createAssessment(db, actor, id, data as Added["assessment"]);
        break;
      case "evidence":
      case "linkEvidence":
        attachEvidence(db, actor, id, data as Added["evidence" | "linkEvidence"]);
        break;
      case "reiteration":
        addReiteration(db, actor, id, data as Added["reiteration"]);
        break;
    }
    revalidatePath(`/recommendations/${id}`);
    revalidatePath("/");
    return { status: "success", message: t(`workbench.added.${what}` as const) };
  },
);
