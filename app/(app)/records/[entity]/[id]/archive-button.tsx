"use client";

import { useActionState } from "react";
import type { ActionState } from "@/app/_lib/action-state";

export function ArchiveButton({
  action,
  version,
  archived,
  label,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  version: number;
  archived: boolean;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className="flex items-center gap-3">
      <input type="hidden" name="version" value={version} />
      <button disabled={pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
        {archived ? `Restore this ${label.toLowerCase()}` : `Archive this ${label.toLowerCase()}`}
      </button>
      <span className="text-xs text-slate-500">
        {archived ? "" : "Archived records are hidden, never deleted, and can be restored."}
      </span>
      {state.message && (
        <span aria-live="polite" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
