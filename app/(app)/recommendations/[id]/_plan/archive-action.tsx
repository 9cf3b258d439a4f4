"use client";

import { useActionState } from "react";
import type { ActionState } from "@/app/_lib/action-state";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";

/** Archive (or restore) one action, from the version shown. */
export function ArchiveAction({
  action,
  version,
  archived,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  version: number;
  archived: boolean;
}) {
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="version" value={version} />
      <button
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
      >
        {archived ? t("actions.restore", {}, locale) : t("actions.archive", {}, locale)}
      </button>
      <span className="text-xs text-slate-500">{t("actions.archivedNote", {}, locale)}</span>
      {state.status === "error" && state.message && (
        <span aria-live="polite" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
