import { t } from "@/lib/i18n/messages";
import "server-only";
import type { RequestContext } from "@/lib/context";
import { EVIDENCE_KINDS, GRADE_LETTERS, REITERATION_KINDS, STANCES, STATUSES, UPR_POSITIONS } from "@/lib/domain/enums";
import type { FieldDef } from "@/app/_components/records/field-defs";
import { cycleOptions, documentOptions, evidenceOptions } from "@/lib/data/options";
import { EVIDENCE_KIND_LABELS, GRADE_LABELS, STANCE_LABELS, STATUS_LABELS, UPR_POSITION_LABELS } from "@/lib/labels";

const opts = (values: readonly string[], labels: Record<string, string>) =>
  values.map((v) => ({ value: v, label: labels[v] ?? v }));
const DATE_HINT = "As precise as the source: 2024-04-02, 2023-11 or 2011";

/** The fields of the shared recommendation schema (lib/validation/recommendations.ts). */
export function recommendationFields({ db }: RequestContext, stateId?: number): FieldDef[] {
  return [
    {
      name: "cycleId",
      label: "Review cycle",
      kind: "select",
      required: true,
      options: cycleOptions(db, stateId),
      hint: "State · body · cycle. Add a missing cycle under Records → Review cycles.",
    },
    {
      name: "documentId",
      label: "Source document",
      kind: "select",
      options: documentOptions(db, stateId ? { stateId } : undefined),
      hint: "The concluding observations or UPR report it comes from",
    },
    {
      name: "paragraph",
      label: "Paragraph",
      kind: "text",
      hint: "As written: 23, 40 (b), 186.20 — leave empty if not known",
    },
    { name: "subject", label: "Subject", kind: "text", hint: "A short title, e.g. Conscientious objection" },
    { name: "text", label: "Text of the recommendation", kind: "textarea", required: true },
    { name: "themes", label: "Themes", kind: "list", hint: "One per line", suggest: "theme" },
    {
      name: "affectedPersons",
      label: "Affected persons",
      kind: "list",
      hint: "One per line",
      suggest: "affected_persons",
    },
    { name: "sdgs", label: "SDG targets", kind: "list", hint: "One per line, e.g. 16.10", suggest: "sdg" },
    { name: "isFollowUp", label: "Selected for the follow-up procedure", kind: "checkbox" },
    { name: "followUpDeadline", label: "Follow-up deadline", kind: "date", hint: DATE_HINT },
    {
      name: "recommendingStates",
      label: "UPR: recommending states",
      kind: "list",
      hint: "One per line, as the source names them",
    },
    {
      name: "uprPosition",
      label: "UPR: position of the state under review",
      kind: "select",
      options: opts(UPR_POSITIONS, UPR_POSITION_LABELS),
    },
    {
      name: "uprPositionSource",
      label: "UPR: source of the position",
      kind: "text",
      hint: "e.g. A/HRC/25/5/Add.1 – para. 186.20",
    },
    { name: "uprActionCategory", label: "UPR Info action category (1–5)", kind: "number" },
  ];
}

/** The recommendation a history form belongs to: its source-document choice lists this state and body first. */
export type Near = { stateId: number; bodyId: number };

export function responseFields({ db }: RequestContext, near: Near): FieldDef[] {
  return [
    { name: "date", label: "Date", kind: "date", required: true, hint: DATE_HINT },
    { name: "stance", label: "Stance", kind: "select", required: true, options: opts(STANCES, STANCE_LABELS) },
    { name: "quote", label: "Quote", kind: "textarea", hint: "The state's own words" },
    { name: "documentId", label: "Source document", kind: "select", options: documentOptions(db, near) },
    { name: "notes", label: "Notes", kind: "textarea" },
  ];
}

export function gradeFields({ db }: RequestContext, near: Near): FieldDef[] {
  return [
    { name: "date", label: "Date", kind: "date", required: true, hint: DATE_HINT },
    {
      name: "grade",
      label: "Grade as written",
      kind: "text",
      required: true,
      hint: `A–E, B1, C2… or mixed like "B, C". ${GRADE_LETTERS.map((l) => `${l}: ${GRADE_LABELS[l]}`).join("; ")}`,
    },
    {
      name: "documentId",
      label: "Follow-up assessment document",
      kind: "select",
      options: documentOptions(db, near),
    },
    { name: "notes", label: "Notes", kind: "textarea" },
  ];
}

export function assessmentFields({ db }: RequestContext, stateId: number): FieldDef[] {
  return [
    { name: "date", label: "Date", kind: "date", required: true, hint: DATE_HINT },
    { name: "status", label: "Status", kind: "select", required: true, options: opts(STATUSES, STATUS_LABELS) },
    { name: "rationale", label: "Rationale", kind: "textarea", required: true },
    {
      name: "evidenceIds",
      label: "Evidence it rests on",
      kind: "multiselect",
      options: evidenceOptions(db, stateId),
      hint: "Hold Ctrl (⌘ on a Mac) to pick several",
    },
    { name: "authorName", label: "Credited author", kind: "text", hint: "Leave empty to credit yourself" },
  ];
}

export function evidenceFields(): FieldDef[] {
  return [
    {
      name: "kind",
      label: "Kind",
      kind: "select",
      required: true,
      options: opts(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS),
    },
    { name: "title", label: "Title", kind: "text", required: true, wide: true },
    { name: "date", label: "Date", kind: "date", hint: DATE_HINT },
    { name: "sourceUrl", label: "Source link", kind: "url" },
    { name: "public", label: t("publish.evidenceLabel"), kind: "checkbox" },
    { name: "summary", label: "Summary", kind: "textarea" },
  ];
}

export function linkEvidenceFields({ db }: RequestContext, stateId: number): FieldDef[] {
  return [
    {
      name: "evidenceId",
      label: "Evidence item",
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
      label: "Earlier recommendation",
      kind: "recommendation",
      required: true,
      searchUrl: `/api/v1/recommendations/${id}/earlier`,
      hint: "Recommendations to the same state, likely earlier versions first, then earlier cycles: type a symbol (CCPR/C/KAZ/CO/1), a paragraph, a subject or words of the text",
    },
    {
      name: "kind",
      label: "Link",
      kind: "select",
      required: true,
      options: opts(REITERATION_KINDS, { reiterates: "Repeats it (reiterates)", follows_up: "Follows it up" }),
    },
    {
      name: "note",
      label: "Note",
      kind: "textarea",
      hint: 'e.g. the Committee\'s words: "has failed to implement its previous recommendation"',
    },
  ];
}
