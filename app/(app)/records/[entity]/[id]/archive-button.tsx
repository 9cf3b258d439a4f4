"use client";

import { useActionState } from "react";
import type { ActionState } from "@/app/_lib/action-state";

export function ArchiveButton({
  action,
  version,
  label,
  note,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  version: number;
  /** "Archive this state" / "Restore this state", in the reader's language. */
  label: string;
  note: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className="flex items-center gap-3">
      <input type="hidden" name="version" value={version} />
      <button disabled={pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
        {label}
      </button>
      <span className="text-xs text-slate-500">{note}</span>
      {state.message && (
        <span aria-live="polite" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
