"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/ui/form";
import { idle } from "@/app/_lib/action-state";
import { commitUploadAction } from "../actions";

/** Step 3: one button; the server re-reads the stored upload by its id. */
export function CommitForm({ uploadId, hint }: { uploadId: string; hint: string }) {
  const [state, action, pending] = useActionState(commitUploadAction, idle);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3" data-testid="commit-form">
      <input type="hidden" name="upload" value={uploadId} />
      <button
        disabled={pending}
        className="rounded-md bg-brand px-5 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        {pending ? "Importing…" : "Import"}
      </button>
      <span className="text-sm text-slate-600">{hint}</span>
      <FormMessage state={state} />
    </form>
  );
}
