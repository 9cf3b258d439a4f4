"use client";

import { useActionState } from "react";
import { DIGEST_FREQUENCIES, type DigestFrequency } from "@/lib/domain/enums";
import type { ActionState } from "@/app/_lib/action-state";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";
import { saveDigestAction } from "./server";

export function DigestForm({ digest }: { digest: DigestFrequency }) {
  const [state, action, pending] = useActionState(saveDigestAction, { status: "idle" } as ActionState);
  const locale = useLocale();
  return (
    <form action={action} className="space-y-3" data-testid="digest-form">
      <fieldset>
        <legend className="text-sm text-slate-700">{t("account.digest.legend", {}, locale)}</legend>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:gap-6">
          {DIGEST_FREQUENCIES.map((f) => (
            <label key={f} className="flex items-center gap-2 text-sm">
              <input type="radio" name="digest" value={f} defaultChecked={f === digest} className="h-4 w-4" />
              {t(`account.digest.${f}`, {}, locale)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex items-center gap-3">
        <button
          disabled={pending}
          className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {t("account.digest.save", {}, locale)}
        </button>
        <p
          aria-live="polite"
          data-testid="form-message"
          className={`text-sm ${state.status === "success" ? "text-green-800" : "text-red-700"}`}
        >
          {state.status === "idle" ? "" : (state.message ?? state.fieldErrors?.digest?.join(" "))}
        </p>
      </div>
    </form>
  );
}
