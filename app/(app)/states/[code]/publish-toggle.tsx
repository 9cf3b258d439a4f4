"use client";

import { useLocale } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/app/_lib/action-state";
import { t } from "@/lib/i18n/messages";

/** The state page's "Publish on the public portal" / "Remove from the public portal" (editors and admins). */
export function PublishToggle({
  published,
  version,
  action,
}: {
  published: boolean;
  version: number;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className="no-print flex flex-wrap items-center gap-2" data-testid="publish-toggle">
      <input type="hidden" name="version" value={version} />
      <button
        disabled={pending}
        className={
          published
            ? "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
            : "rounded-md border border-brand bg-white px-3 py-1.5 text-sm font-medium text-brand hover:bg-brand-soft"
        }
      >
        {published ? t("publish.unpublish", {}, locale) : t("publish.publish", {}, locale)}
      </button>
      {state.status !== "idle" && state.message && (
        <span
          aria-live="polite"
          className={state.status === "success" ? "text-sm text-slate-600" : "text-sm text-red-700"}
        >
          {state.message}
        </span>
      )}
    </form>
  );
}
