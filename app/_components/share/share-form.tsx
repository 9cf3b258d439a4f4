"use client";

import { useActionState, useId } from "react";
import type { ActionState } from "@/app/_lib/action-state";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";

/**
 * "Share": makes a read-only link to this view. The address is shown once, here, to copy;
 * the list of one's links is on /account.
 */
export function ShareForm({ action }: { action: (prev: ActionState, form: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const id = useId();
  const locale = useLocale();
  return (
    <details className="no-print relative" data-testid="share">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50">
        {t("share.button", {}, locale)}
      </summary>
      <form
        action={formAction}
        data-share
        className="absolute right-0 z-20 mt-2 w-[min(22rem,90vw)] space-y-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-lg"
      >
        <p className="text-slate-600">{t("share.explain", {}, locale)}</p>
        <label className="flex items-start gap-2" htmlFor={`${id}-frozen`}>
          <input id={`${id}-frozen`} type="checkbox" name="frozen" className="mt-1" />
          <span>{t("share.frozenLabel", {}, locale)}</span>
        </label>
        <label className="block" htmlFor={`${id}-expires`}>
          {t("share.expiresLabel", {}, locale)}
          <input
            id={`${id}-expires`}
            type="date"
            name="expiresAt"
            aria-describedby={`${id}-error`}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
        </label>
        <button disabled={pending} className="rounded-md bg-brand px-3 py-2 font-medium text-white">
          {t("share.create", {}, locale)}
        </button>
        <p
          id={`${id}-error`}
          aria-live="polite"
          className={state.status === "error" ? "text-red-700" : "text-slate-700"}
        >
          {state.status === "error" ? state.message : null}
        </p>
        {state.status === "success" && typeof state.current === "string" && (
          <div className="space-y-1">
            <label htmlFor={`${id}-url`} className="block font-medium">
              {state.message}
            </label>
            <input
              id={`${id}-url`}
              readOnly
              value={state.current}
              data-testid="share-url"
              onFocus={(e) => e.currentTarget.select()}
              className="block w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs"
            />
          </div>
        )}
      </form>
    </details>
  );
}
