"use client";

import { useActionState, useId, useState } from "react";
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
  // From md up the form hangs below the button, by its right edge — unless the button sits
  // too near the left for that (the recommendation page's), when it hangs by its left edge.
  const [fromLeft, setFromLeft] = useState(false);
  const place = (details: HTMLDetailsElement) => {
    if (!details.open) return;
    const form = details.querySelector("form");
    if (form) setFromLeft(details.getBoundingClientRect().right < form.offsetWidth);
  };
  return (
    <details className="no-print relative" data-testid="share" onToggle={(e) => place(e.currentTarget)}>
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50">
        {t("share.button", {}, locale)}
      </summary>
      {/* Below md a popover this wide fits nowhere but across the screen: it is fixed there. */}
      <form
        action={formAction}
        data-share
        className={`fixed inset-x-4 top-20 z-20 max-h-[calc(100vh-6rem)] space-y-3 overflow-y-auto rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-lg md:absolute md:inset-x-auto md:top-auto md:mt-2 md:max-h-none md:w-[22rem] md:overflow-visible ${fromLeft ? "md:left-0" : "md:right-0"}`}
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
