"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Access } from "@/lib/auth/policy";
import { archiveAssessment, restoreAssessment, updateAssessment } from "@/lib/data/assessments";
import { archiveEvidence, restoreEvidence, updateEvidence } from "@/lib/data/evidence";
import { archiveGrade, restoreGrade, updateGrade } from "@/lib/data/grades";
import type { HistoryKind } from "@/lib/data/recommendation-history";
import { removeReiteration, restoreReiteration } from "@/lib/data/reiterations";
import { archiveResponse, restoreResponse, updateResponse } from "@/lib/data/responses";
import { t } from "@/lib/i18n/messages";
import { assessmentUpdateSchema } from "@/lib/validation/assessments";
import { versionOnly } from "@/lib/validation/common";
import { evidenceUpdateSchema } from "@/lib/validation/evidence";
import { gradeUpdateSchema } from "@/lib/validation/grades";
import { responseUpdateSchema } from "@/lib/validation/responses";
import { formToInput } from "@/app/_components/records/field-defs";
import type { ActionState } from "@/app/_lib/action-state";
import { validatedAction } from "@/app/_lib/validated-action";
import { assessmentFields, evidenceFields, gradeFields, responseFields, type Near } from "./recommendation-fields";

/*
 * Correcting and withdrawing what is recorded for a recommendation, from its
 * page: each edit carries the version the editor saw (a stale one gets the
 * conflict screen), each archive or restore too; the data layer checks the
 * role again and writes the change with its audit entry in one transaction.
 */

type Correctable = Exclude<HistoryKind, "reiteration">;

const CORRECT = {
  response: { access: ["response", "update"], schema: responseUpdateSchema },
  grade: { access: ["grade", "update"], schema: gradeUpdateSchema },
  assessment: { access: ["assessment", "update"], schema: assessmentUpdateSchema },
  evidence: { access: ["evidence", "update"], schema: evidenceUpdateSchema },
} as const satisfies Record<Correctable, { access: Access; schema: unknown }>;
/** What CORRECT[kind].schema gives: validatedAction parses with the kind's schema, so `data` is that kind's value. */
type Corrected = { [K in Correctable]: z.output<(typeof CORRECT)[K]["schema"]> };

export const correctHistoryAction = validatedAction(
  {
    access: (kind: Correctable, _id: number, _recommendationId: number, _near: Near) => CORRECT[kind].access,
    schema: (kind: Correctable) => CORRECT[kind].schema,
    input: (form, ctx, kind, _id, _recommendationId, near) => {
      const fields =
        kind === "response"
          ? responseFields(ctx, near)
          : kind === "grade"
            ? gradeFields(ctx, near)
            : kind === "assessment"
              ? assessmentFields(ctx, near.stateId)
              : evidenceFields();
      return formToInput(fields, form);
    },
  },
  (data, { db, actor }, kind, id, recommendationId): ActionState => {
    switch (kind) {
      case "response":
        updateResponse(db, actor, id, data as Corrected["response"]);
        break;
      case "grade":
        updateGrade(db, actor, id, data as Corrected["grade"]);
        break;
      case "assessment":
        updateAssessment(db, actor, id, data as Corrected["assessment"]);
        break;
      case "evidence":
        updateEvidence(db, actor, id, data);
        break;
    }
    revalidatePath(`/recommendations/${recommendationId}`);
    revalidatePath("/");
    return { status: "success", message: t(`history.corrected.${kind}`) };
  },
);

const ARCHIVE = {
  response: { policy: "response", archive: archiveResponse, restore: restoreResponse },
  grade: { policy: "grade", archive: archiveGrade, restore: restoreGrade },
  assessment: { policy: "assessment", archive: archiveAssessment, restore: restoreAssessment },
  evidence: { policy: "evidence", archive: archiveEvidence, restore: restoreEvidence },
  reiteration: { policy: "reiteration", archive: removeReiteration, restore: restoreReiteration },
} as const;

export const setHistoryArchivedAction = validatedAction(
  {
    access: (kind: HistoryKind, _id: number, _recommendationId: number, archived: boolean) =>
      [ARCHIVE[kind].policy, archived ? "archive" : "restore"] as Access,
    schema: versionOnly,
  },
  (data, { db, actor }, kind, id, recommendationId, archived): ActionState => {
    const spec = ARCHIVE[kind];
    if (archived) spec.archive(db, actor, id, data);
    else spec.restore(db, actor, id, data);
    revalidatePath(`/recommendations/${recommendationId}`);
    revalidatePath("/");
    return { status: "success", message: t(archived ? `history.archived.${kind}` : `history.restored.${kind}`) };
  },
);
