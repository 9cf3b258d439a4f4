"use client";

import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";
import { useActionState } from "react";
import type { ActionState } from "@/app/_lib/action-state";

export function ArchiveRecommendation({
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
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="version" value={version} />
      <button disabled={pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
        {archived ? t("work.story.restore", {}, locale) : t("work.story.archive", {}, locale)}
      </button>
      {state.message && (
        <span
          aria-live="polite"
          className={`text-sm ${state.status === "success" ? "text-green-800" : "text-red-700"}`}
        >
          {state.message}
        </span>
      )}
    </form>
  );
}
