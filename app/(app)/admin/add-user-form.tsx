"use client";

import { useActionState } from "react";
import { idle } from "@/app/_lib/action-state";
import { ROLE_LABELS } from "@/lib/labels";
import { createUserAction } from "./actions";
import { Field, FormMessage, inputClass } from "@/app/_components/ui/form";

export function AddUserForm() {
  const [state, action, pending] = useActionState(createUserAction, idle);
  const v = state.status === "success" ? {} : (state.values ?? {});
  return (
    <form
      action={action}
      className="grid gap-4 sm:grid-cols-2"
      key={state.status === "success" ? state.message : "form"}
    >
      <Field name="email" label="Email" errors={state.fieldErrors}>
        {(p) => <input {...p} type="email" autoComplete="off" defaultValue={v.email} className={inputClass} required />}
      </Field>
      <Field name="name" label="Name" errors={state.fieldErrors}>
        {(p) => <input {...p} defaultValue={v.name} className={inputClass} required />}
      </Field>
      <Field name="role" label="Role" errors={state.fieldErrors}>
        {(p) => (
          <select {...p} defaultValue={v.role ?? "viewer"} className={inputClass}>
            {Object.entries(ROLE_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="password"
        label="Password"
        hint="At least 8 characters. Share it with the person securely."
        errors={state.fieldErrors}
      >
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} required />}
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button
          disabled={pending}
          className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {pending ? "Adding…" : "Add user"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
