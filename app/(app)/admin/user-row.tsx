"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import { idle } from "@/app/_lib/action-state";
import { ROLES } from "@/lib/domain/enums";
import { vocabularyLabel } from "@/lib/labels";
import { t } from "@/lib/i18n/messages";
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
  const locale = useLocale();
  const [state, action, pending] = useActionState(updateUserAction, idle);
  const formId = `user-${user.id}`;
  return (
    <tr className="align-top">
      <td className="py-2 pr-2 font-medium">
        {user.email}
        {isSelf ? <span className="ml-1 text-xs text-slate-500">{t("admin.users.you", {}, locale)}</span> : null}
      </td>
      <td className="py-2 pr-2">{user.name}</td>
      <td className="py-2 pr-2">
        <select
          form={formId}
          name="role"
          defaultValue={user.role}
          disabled={isSelf}
          aria-label={t("admin.users.roleOf", { email: user.email }, locale)}
          className="rounded-md border border-slate-300 px-2 py-1"
        >
          {ROLES.map((k) => (
            <option key={k} value={k}>
              {vocabularyLabel("role", k, locale)}
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
          aria-label={t("admin.users.accessOf", { email: user.email }, locale)}
          className="rounded-md border border-slate-300 px-2 py-1"
        >
          <option value="false">{t("admin.users.active", {}, locale)}</option>
          <option value="true">{t("admin.users.disabled", {}, locale)}</option>
        </select>
      </td>
      <td className="py-2">
        <form id={formId} action={action} className="flex items-center gap-2">
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
          {!isSelf && (
            <button disabled={pending} className="rounded-md border border-slate-300 px-3 py-1 text-sm">
              {t("admin.users.save", {}, locale)}
            </button>
          )}
          <FormMessage state={state} />
        </form>
      </td>
    </tr>
  );
}
