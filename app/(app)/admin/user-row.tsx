"use client";

import { useActionState } from "react";
import { idle } from "@/app/_lib/action-state";
import { ROLE_LABELS } from "@/lib/labels";
import { FormMessage } from "@/app/_components/ui/form";
import { updateUserAction } from "./actions";

type User = {
  id: number;
  email: string;
  name: string;
  role: "admin" | "editor" | "viewer";
  disabled: boolean;
  version: number;
};

export function UserRow({ user, isSelf }: { user: User; isSelf: boolean }) {
  const [state, action, pending] = useActionState(updateUserAction, idle);
  const formId = `user-${user.id}`;
  return (
    <tr className="align-top">
      <td className="py-2 pr-2 font-medium">
        {user.email}
        {isSelf ? <span className="ml-1 text-xs text-slate-500">(you)</span> : null}
      </td>
      <td className="py-2 pr-2">{user.name}</td>
      <td className="py-2 pr-2">
        <select
          form={formId}
          name="role"
          defaultValue={user.role}
          disabled={isSelf}
          aria-label={`Role of ${user.email}`}
          className="rounded-md border border-slate-300 px-2 py-1"
        >
          {Object.entries(ROLE_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </td>
      <td className="py-2 pr-2">
        <select
          form={formId}
          name="disabled"
          defaultValue={String(user.disabled)}
          disabled={isSelf}
          aria-label={`Access of ${user.email}`}
          className="rounded-md border border-slate-300 px-2 py-1"
        >
          <option value="false">Active</option>
          <option value="true">Disabled</option>
        </select>
      </td>
      <td className="py-2">
        <form id={formId} action={action} className="flex items-center gap-2">
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
          {!isSelf && (
            <button disabled={pending} className="rounded-md border border-slate-300 px-3 py-1 text-sm">
              Save
            </button>
          )}
          <FormMessage state={state} />
        </form>
      </td>
    </tr>
  );
}
