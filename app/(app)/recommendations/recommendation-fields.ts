import { t } from "@/lib/i18n/messages";
import "server-only";
import type { RequestContext } from "@/lib/context";
import { EVIDENCE_KINDS, GRADE_LETTERS, REITERATION_KINDS, STANCES, STATUSES, UPR_POSITIONS } from "@/lib/domain/enums";
import type { FieldDef } from "@/app/_components/records/field-defs";
import { cycleOptions, documentOptions, evidenceOptions } from "@/lib/data/options";
import { EVIDENCE_KIND_LABELS, GRADE_LABELS, STANCE_LABELS, STATUS_LABELS, UPR_POSITION_LABELS } from "@/lib/labels";

const opts = (values: readonly string[], labels: Record<string, string>) =>
  values.map((v) => ({ value: v, label: labels[v] ?? v }));
/** Read when a form is built, so it is in the reader's language. */
const dateHint = () => t("work.field.dateHint");

/** The fields of the shared recommendation schema (lib/validation/recommendations.ts). */
export function recommendationFields({ db }: RequestContext, stateId?: number): FieldDef[] {
  return [
    {
      name: "cycleId",
      label: t("work.field.cycleId"),
      kind: "select",
      required: true,
      options: cycleOptions(db, stateId),
      hint: t("work.field.cycleIdHint"),
    },
    {
      name: "documentId",
      label: t("work.field.documentId"),
      kind: "select",
      options: documentOptions(db, stateId ? { stateId } : undefined),
      hint: t("work.field.documentIdHint"),
    },
    {
      name: "paragraph",
      label: t("work.field.paragraph"),
      kind: "text",
      hint: t("work.field.paragraphHint"),
    },
    { name: "subject", label: t("work.field.subject"), kind: "text", hint: t("work.field.subjectHint") },
    { name: "text", label: t("work.field.text"), kind: "textarea", required: true },
    { name: "themes", label: t("work.field.themes"), kind: "list", hint: t("work.field.onePerLine"), suggest: "theme" },
    {
      name: "affectedPersons",
      label: t("work.field.affectedPersons"),
      kind: "list",
      hint: t("work.field.onePerLine"),
      suggest: "affected_persons",
    },
    { name: "sdgs", label: t("work.field.sdgs"), kind: "list", hint: t("work.field.sdgsHint"), suggest: "sdg" },
    { name: "isFollowUp", label: t("work.field.isFollowUp"), kind: "checkbox" },
    { name: "followUpDeadline", label: t("work.field.followUpDeadline"), kind: "date", hint: dateHint() },
    {
      name: "recommendingStates",
      label: t("work.field.recommendingStates"),
      kind: "list",
      hint: t("work.field.recommendingStatesHint"),
    },
    {
      name: "uprPosition",
      label: t("work.field.uprPosition"),
      kind: "select",
      options: opts(UPR_POSITIONS, UPR_POSITION_LABELS),
    },
    {
      name: "uprPositionSource",
      label: t("work.field.uprPositionSource"),
      kind: "text",
      hint: t("work.field.uprPositionSourceHint"),
    },
    { name: "uprActionCategory", label: t("work.field.uprActionCategory"), kind: "number" },
  ];
}

/** The recommendation a history form belongs to: its source-document choice lists this state and body first. */
export type Near = { stateId: number; bodyId: number };

export function responseFields({ db }: RequestContext, near: Near): FieldDef[] {
  return [
    { name: "date", label: t("work.field.date"), kind: "date", required: true, hint: dateHint() },
    {
      name: "stance",
      label: t("work.field.stance"),
      kind: "select",
      required: true,
      options: opts(STANCES, STANCE_LABELS),
    },
    { name: "quote", label: t("work.field.quote"), kind: "textarea", hint: t("work.field.quoteHint") },
    { name: "documentId", label: t("work.field.documentId"), kind: "select", options: documentOptions(db, near) },
    { name: "notes", label: t("work.field.notes"), kind: "textarea" },
  ];
}

export function gradeFields({ db }: RequestContext, near: Near): FieldDef[] {
  return [
    { name: "date", label: t("work.field.date"), kind: "date", required: true, hint: dateHint() },
    {
      name: "grade",
      label: t("work.field.grade"),
      kind: "text",
      required: true,
      hint: t("work.field.gradeHint", {
        grades: GRADE_LETTERS.map((l) => t("work.field.gradeLegend", { letter: l, label: GRADE_LABELS[l] })).join("; "),
      }),
    },
    {
      name: "documentId",
      label: t("work.field.gradeDocument"),
      kind: "select",
      options: documentOptions(db, near),
    },
    { name: "notes", label: t("work.field.notes"), kind: "textarea" },
  ];
}

export function assessmentFields({ db }: RequestContext, stateId: number): FieldDef[] {
  return [
    { name: "date", label: t("work.field.date"), kind: "date", required: true, hint: dateHint() },
    {
      name: "status",
      label: t("work.field.status"),
      kind: "select",
      required: true,
      options: opts(STATUSES, STATUS_LABELS),
    },
    { name: "rationale", label: t("work.field.rationale"), kind: "textarea", required: true },
    {
      name: "evidenceIds",
      label: t("work.field.evidenceIds"),
      kind: "multiselect",
      options: evidenceOptions(db, stateId),
      hint: t("work.field.evidenceIdsHint"),
    },
    { name: "authorName", label: t("work.field.authorName"), kind: "text", hint: t("work.field.authorNameHint") },
  ];
}

export function evidenceFields(): FieldDef[] {
  return [
    {
      name: "kind",
      label: t("work.field.kind"),
      kind: "select",
      required: true,
      options: opts(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS),
    },
    { name: "title", label: t("work.field.title"), kind: "text", required: true, wide: true },
    { name: "date", label: t("work.field.date"), kind: "date", hint: dateHint() },
    { name: "sourceUrl", label: t("work.field.sourceUrl"), kind: "url" },
    { name: "public", label: t("publish.evidenceLabel"), kind: "checkbox" },
    { name: "summary", label: t("work.field.summary"), kind: "textarea" },
  ];
}

export function linkEvidenceFields({ db }: RequestContext, stateId: number): FieldDef[] {
  return [
    {
      name: "evidenceId",
      label: t("work.field.evidenceId"),
      kind: "select",
      required: true,
      options: evidenceOptions(db, stateId),
    },
  ];
}

export function reiterationFields(id: number): FieldDef[] {
  return [
    {
      name: "earlierId",
      label: t("work.field.earlierId"),
      kind: "recommendation",
      required: true,
      searchUrl: `/api/v1/recommendations/${id}/earlier`,
      hint: t("work.field.earlierIdHint"),
    },
    {
      name: "kind",
      label: t("work.field.linkKind"),
      kind: "select",
      required: true,
      options: opts(REITERATION_KINDS, {
        reiterates: t("work.field.reiterates"),
        follows_up: t("work.field.followsUp"),
      }),
    },
    {
      name: "note",
      label: t("work.field.note"),
      kind: "textarea",
      hint: t("work.field.noteHint"),
    },
  ];
}
