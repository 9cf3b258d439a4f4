"use client";

import { useActionState } from "react";
import { idle, type ActionState } from "@/app/_lib/action-state";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";
import { dismissCandidateAction, linkCandidateAction } from "./actions";
import { useAnnounce } from "./announcer";

/**
 * "Link as reiteration" and "Not an earlier version": one click each. The outcome is
 * announced above the list (announcer.tsx); a refusal stays here, beside the buttons.
 */
export function CandidateActions({ id, earlierId, label }: { id: number; earlierId: number; label: string }) {
  const locale = useLocale();
  const announce = useAnnounce();
  const announced =
    (action: (id: number, earlierId: number, prev: ActionState, form: FormData) => Promise<ActionState>) =>
    async (prev: ActionState, form: FormData) => {
      const result = await action(id, earlierId, prev, form);
      if (result.status === "success" && result.message) announce(result.message);
      return result;
    };
  const [linked, link, linking] = useActionState<ActionState, FormData>(announced(linkCandidateAction), idle);
  const [dismissed, dismiss, dismissing] = useActionState<ActionState, FormData>(
    announced(dismissCandidateAction),
    idle,
  );
  const done = linked.status === "success" || dismissed.status === "success";
  const state = linked.status !== "idle" ? linked : dismissed;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="candidate-actions">
      {!done && (
        <>
          <form action={link}>
            <button
              disabled={linking || dismissing}
              aria-label={t("suggestions.linkLabel", { what: label }, locale)}
              className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
            >
              {linking ? t("suggestions.linking", {}, locale) : t("suggestions.link", {}, locale)}
            </button>
          </form>
          <form action={dismiss}>
            <button
              disabled={linking || dismissing}
              aria-label={t("suggestions.dismissLabel", { what: label }, locale)}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 disabled:opacity-60"
            >
              {t("suggestions.dismiss", {}, locale)}
            </button>
          </form>
        </>
      )}
      <p
        aria-live="polite"
        data-testid="candidate-message"
        className={`text-sm ${state.status === "success" ? "text-green-800" : "text-red-700"}`}
      >
        {state.message ?? ""}
      </p>
    </div>
  );
}
