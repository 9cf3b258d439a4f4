"use client";

import { useActionState } from "react";
import type { ActionState } from "@/app/_lib/action-state";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";

export function FollowForm({
  following,
  name,
  action,
}: {
  following: boolean;
  name: string;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className="no-print flex items-center gap-2" data-testid="follow">
      {following && (
        <span className="inline-flex items-center gap-1 text-sm font-medium text-brand" data-testid="following">
          <span aria-hidden="true">✓</span> {t("follow.following", {}, locale)}
        </span>
      )}
      <button
        disabled={pending}
        aria-label={following ? t("follow.unfollowState", { name }, locale) : t("follow.followState", { name }, locale)}
        title={following ? undefined : t("follow.hint", {}, locale)}
        className={
          following
            ? "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
            : "rounded-md border border-brand bg-white px-3 py-1.5 text-sm font-medium text-brand hover:bg-brand-soft"
        }
      >
        {following ? t("follow.unfollow", {}, locale) : t("follow.follow", {}, locale)}
      </button>
      {state.status === "error" && state.message && (
        <span aria-live="polite" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
