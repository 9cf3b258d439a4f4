"use client";

import { useActionState, useId } from "react";
import { useLocale } from "next-intl";
import type { ActionState } from "@/app/_lib/action-state";
import { Field, inputClass } from "@/app/_components/ui/form";
import { RecommendationPicker } from "@/app/_components/ui/recommendation-picker";
import { t } from "@/lib/i18n/messages";
import { displayValue, type FieldDef, type Option } from "./field-defs";
import { TagSuggestionChips } from "./tag-suggestion-chips";
import { toText } from "@/lib/to-text";

type Props = {
  fields: FieldDef[];
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  /** The record being edited (omit to create). */
  record?: Record<string, unknown> & { version?: number };
  submitLabel: string;
  testId?: string;
};

function stringify(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.join("\n");
  return toText(v);
}

/**
 * A create/edit form for any record. On a conflict it keeps what the user
 * typed, shows the other person's version beside it, and takes the newer
 * version number so that saving again is a deliberate overwrite.
 */
export function RecordForm({ fields, action, record, submitLabel, testId }: Props) {
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const idPrefix = useId().replace(/:/g, "");
  const typed = state.status === "error" || state.status === "conflict" ? state.values : undefined;
  const current = state.status === "conflict" ? (state.current as Record<string, unknown> | undefined) : undefined;
  const version = (current?.version ?? record?.version) as number | undefined;
  const valueOf = (f: FieldDef) => (typed ? (typed[f.name] ?? "") : stringify(record?.[f.name]));

  return (
    <form action={formAction} className="space-y-4" data-testid={testId} noValidate>
      {state.status === "conflict" && current && (
        <div role="alert" data-testid="conflict" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <p className="font-semibold text-amber-900">{state.message}</p>
          <p className="mt-1 text-amber-900">{t("work.recordForm.conflictHelp", {}, locale)}</p>
          <table className="mt-3 w-full table-fixed text-left">
            <thead>
              <tr className="text-amber-800">
                <th className="w-1/4 py-1">{t("work.recordForm.field", {}, locale)}</th>
                <th className="py-1">{t("work.recordForm.theirs", {}, locale)}</th>
                <th className="py-1">{t("work.recordForm.yours", {}, locale)}</th>
              </tr>
            </thead>
            <tbody>
              {fields
                .filter(
                  (f) =>
                    displayValue(f, current[f.name], locale) !==
                    displayValue(f, f.kind === "checkbox" ? typed?.[f.name] === "on" : typed?.[f.name], locale),
                )
                .map((f) => (
                  <tr key={f.name} className="align-top">
                    <td className="py-1 font-medium">{f.label}</td>
                    <td className="break-words py-1" data-testid={`theirs-${f.name}`}>
                      {displayValue(f, current[f.name], locale) || "—"}
                    </td>
                    <td className="break-words py-1">
                      {displayValue(f, f.kind === "checkbox" ? typed?.[f.name] === "on" : typed?.[f.name], locale) ||
                        "—"}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
      {/* key: remount with the newest values after a save or a conflict */}
      <div key={`${state.status}-${version}-${state.message ?? ""}`} className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => (
          <div key={f.name} className={f.wide || f.kind === "textarea" || f.kind === "list" ? "sm:col-span-2" : ""}>
            <Field
              idPrefix={idPrefix}
              name={f.name}
              label={f.required ? `${f.label} *` : f.label}
              hint={f.hint}
              errors={state.fieldErrors}
            >
              {(p) => (
                <Input
                  f={f}
                  p={p}
                  value={valueOf(f)}
                  label={typed ? typed[`${f.name}Label`] : stringify(record?.[`${f.name}Label`]) || undefined}
                  checked={typed ? typed[f.name] === "on" : record?.[f.name] === true}
                />
              )}
            </Field>
          </div>
        ))}
      </div>
      {version != null && <input type="hidden" name="version" value={version} />}
      {state.fieldErrors?._form && <p className="text-sm text-red-700">{state.fieldErrors._form.join(" ")}</p>}
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {pending
            ? t("work.recordForm.saving", {}, locale)
            : state.status === "conflict"
              ? t("work.recordForm.saveMine", {}, locale)
              : submitLabel}
        </button>
        <p
          aria-live="polite"
          data-testid="form-message"
          className={`text-sm ${state.status === "success" ? "text-green-800" : "text-red-700"}`}
        >
          {state.status === "idle" || state.status === "conflict" ? "" : state.message}
        </p>
      </div>
    </form>
  );
}

/** Options, under their group's heading when they have one (groups in the order they first appear). */
function Options({ options }: { options: Option[] }) {
  const option = (o: Option) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  if (!options.some((o) => o.group)) return <>{options.map(option)}</>;
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  return (
    <>
      {groups.map((g) => (
        <optgroup key={g} label={g}>
          {options.filter((o) => (o.group ?? "") === g).map(option)}
        </optgroup>
      ))}
    </>
  );
}

function Input({
  f,
  p,
  value,
  label,
  checked,
}: {
  f: FieldDef;
  p: { id: string; name: string; "aria-describedby": string; "aria-invalid": boolean | undefined };
  value: string;
  /** For a recommendation picker: the label of the chosen value. */
  label?: string;
  checked: boolean;
}) {
  const locale = useLocale();
  switch (f.kind) {
    case "textarea":
      return <textarea {...p} defaultValue={value} rows={5} className={inputClass} />;
    case "list":
      return (
        <>
          <textarea {...p} defaultValue={value} rows={3} className={inputClass} />
          {f.suggest && <TagSuggestionChips kind={f.suggest} targetId={p.id} />}
        </>
      );
    case "select":
      // Nothing is chosen until the user chooses: a preselected first option would record a fact nobody stated.
      return (
        <select {...p} defaultValue={value} className={inputClass}>
          <option value="">{f.required ? t("form.choose", {}, locale) : t("form.none", {}, locale)}</option>
          <Options options={f.options ?? []} />
        </select>
      );
    case "recommendation":
      return (
        <RecommendationPicker
          name={p.name}
          id={p.id}
          describedBy={p["aria-describedby"]}
          invalid={p["aria-invalid"]}
          searchUrl={f.searchUrl ?? ""}
          initial={value ? { value, label: label ?? value } : undefined}
          placeholder={t("form.findRecommendation", {}, locale)}
        />
      );
    case "multiselect":
      return (
        <select
          {...p}
          multiple
          defaultValue={value ? value.split("\n") : []}
          size={Math.min(8, Math.max(3, f.options?.length ?? 3))}
          className={inputClass}
        >
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case "checkbox":
      return <input {...p} type="checkbox" defaultChecked={checked} className="mt-2 h-4 w-4" />;
    case "number":
      return <input {...p} inputMode="numeric" defaultValue={value} className={inputClass} />;
    case "url":
      return <input {...p} type="url" defaultValue={value} className={inputClass} />;
    case "date":
      return (
        <input
          {...p}
          defaultValue={value}
          placeholder={t("work.recordForm.datePlaceholder", {}, locale)}
          className={inputClass}
        />
      );
    default:
      return <input {...p} defaultValue={value} className={inputClass} />;
  }
}
