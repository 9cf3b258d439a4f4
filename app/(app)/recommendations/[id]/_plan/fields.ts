import "server-only";
import type { RequestContext } from "@/lib/context";
import { ACTION_STATUSES } from "@/lib/domain/enums";
import type { FieldDef } from "@/app/_components/records/field-defs";
import { institutionOptions } from "@/lib/data/institutions";
import { evidenceOptions } from "@/lib/data/options";
import { t } from "@/lib/i18n/messages";
import { ACTION_STATUS_LABELS } from "@/lib/labels";

const DATE_HINT = "2027-06-30, 2027-06 or 2027";

/** The fields of lib/validation/actions.ts actionCreateSchema, for one state's recommendation. */
export function actionFields({ db }: RequestContext, state: { id: number; name: string }): FieldDef[] {
  return [
    { name: "title", label: t("actions.field.title"), kind: "text", required: true, wide: true },
    { name: "description", label: t("actions.field.description"), kind: "textarea" },
    {
      name: "institutionIds",
      label: t("actions.field.institutions"),
      kind: "multiselect",
      options: institutionOptions(db, state.id),
      hint: t("actions.field.institutionsHint", { state: state.name }),
      wide: true,
    },
    { name: "focalPointName", label: t("actions.field.focalPointName"), kind: "text" },
    { name: "focalPointContact", label: t("actions.field.focalPointContact"), kind: "text" },
    { name: "dueDate", label: t("actions.field.dueDate"), kind: "date", hint: DATE_HINT },
    {
      name: "status",
      label: t("actions.field.status"),
      kind: "select",
      required: true,
      options: ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] })),
    },
  ];
}

/** The fields of actionProgressSchema. */
export function progressFields({ db }: RequestContext, stateId: number): FieldDef[] {
  return [
    { name: "date", label: t("actions.field.progressDate"), kind: "date", required: true },
    { name: "note", label: t("actions.field.note"), kind: "textarea", required: true },
    { name: "evidenceId", label: t("actions.field.evidenceId"), kind: "select", options: evidenceOptions(db, stateId) },
    { name: "sourceUrl", label: t("actions.field.sourceUrl"), kind: "url" },
  ];
}
