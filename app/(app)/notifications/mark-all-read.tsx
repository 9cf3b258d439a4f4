"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/app/_lib/action-state";
import { t } from "@/lib/i18n/messages";
import { markAllReadAction } from "../_components/watch/server";

export function MarkAllRead() {
  const locale = useLocale();
  const [state, action, pending] = useActionState(markAllReadAction, { status: "idle" } as ActionState);
  return (
    <form action={action} className="flex items-center gap-3">
      <button
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
      >
        {t("notifications.markAll", {}, locale)}
      </button>
      {state.message && (
        <span aria-live="polite" className={`text-sm ${state.status === "error" ? "text-red-700" : "text-green-800"}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}
