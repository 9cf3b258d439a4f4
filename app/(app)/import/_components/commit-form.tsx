"use client";

import { useActionState } from "react";
import { useLocale } from "next-intl";
import { FormMessage } from "@/app/_components/ui/form";
import { idle } from "@/app/_lib/action-state";
import { t } from "@/lib/i18n/messages";
import { commitUploadAction } from "../actions";
import { COMMIT_FORM_ID } from "./theme-chips";

/** Step 3: one button; the server re-reads the stored upload by its id. */
export function CommitForm({ uploadId, hint, untagged }: { uploadId: string; hint: string; untagged: number }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState(commitUploadAction, idle);
  return (
    <form id={COMMIT_FORM_ID} action={action} className="flex flex-wrap items-center gap-3" data-testid="commit-form">
      <input type="hidden" name="upload" value={uploadId} />
      {untagged > 0 && (
        <label className="flex w-full items-start gap-2 text-sm text-slate-700">
          <input type="checkbox" name="apply" className="mt-0.5 h-4 w-4" />
          <span>{t("suggestions.applyAll", {}, locale)}</span>
        </label>
      )}
      <button
        disabled={pending}
        className="rounded-md bg-brand px-5 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        {pending ? t("work.import.commit.pending", {}, locale) : t("work.import.commit.submit", {}, locale)}
      </button>
      <span className="text-sm text-slate-600">{hint}</span>
      <FormMessage state={state} />
    </form>
  );
}
