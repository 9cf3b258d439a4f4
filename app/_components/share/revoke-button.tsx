"use client";

import { useActionState } from "react";
import type { ActionState } from "@/app/_lib/action-state";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";

export function RevokeButton({ action }: { action: (prev: ActionState, form: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const locale = useLocale();
  return (
    <form action={formAction}>
      <button disabled={pending} className="rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50">
        {t("share.revoke", {}, locale)}
      </button>
      {state.status === "error" && (
        <span aria-live="polite" className="ml-2 text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
