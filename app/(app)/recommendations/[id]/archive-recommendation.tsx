"use client";

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
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="version" value={version} />
      <button disabled={pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
        {archived ? "Restore" : "Archive"}
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
