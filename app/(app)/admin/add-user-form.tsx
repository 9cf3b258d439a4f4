"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { idle } from "@/app/_lib/action-state";
import { ROLES } from "@/lib/domain/enums";
import { vocabularyLabel } from "@/lib/labels";
import { t } from "@/lib/i18n/messages";
import { createUserAction } from "./actions";
import { Field, FormMessage, inputClass } from "@/app/_components/ui/form";

export function AddUserForm() {
  const locale = useLocale();
  const [state, action, pending] = useActionState(createUserAction, idle);
  const v = state.status === "success" ? {} : (state.values ?? {});
  return (
    <form
      action={action}
      className="grid gap-4 sm:grid-cols-2"
      key={state.status === "success" ? state.message : "form"}
    >
      <Field name="email" label={t("admin.addUser.email", {}, locale)} errors={state.fieldErrors}>
        {(p) => <input {...p} type="email" autoComplete="off" defaultValue={v.email} className={inputClass} required />}
      </Field>
      <Field name="name" label={t("admin.addUser.name", {}, locale)} errors={state.fieldErrors}>
        {(p) => <input {...p} defaultValue={v.name} className={inputClass} required />}
      </Field>
      <Field name="role" label={t("admin.addUser.role", {}, locale)} errors={state.fieldErrors}>
        {(p) => (
          <select {...p} defaultValue={v.role ?? "viewer"} className={inputClass}>
            {ROLES.map((k) => (
              <option key={k} value={k}>
                {vocabularyLabel("role", k, locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="password"
        label={t("admin.addUser.password", {}, locale)}
        hint={t("admin.addUser.passwordHint", {}, locale)}
        errors={state.fieldErrors}
      >
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} required />}
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button
          disabled={pending}
          className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {pending ? t("admin.addUser.adding", {}, locale) : t("admin.addUser.submit", {}, locale)}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
