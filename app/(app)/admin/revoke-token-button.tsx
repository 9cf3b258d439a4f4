"use client";

import { useActionState } from "react";
import { idle } from "@/app/_lib/action-state";
import { FormMessage } from "@/app/_components/ui/form";
import { revokeTokenAction } from "./actions";

export function RevokeTokenButton({
  tokenId,
  userId,
  canRevoke,
  label,
  accessibleLabel,
}: {
  tokenId: number;
  userId: number;
  canRevoke: boolean;
  label: string;
  accessibleLabel: string;
}) {
  const [state, action, pending] = useActionState(revokeTokenAction, idle);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      <input type="hidden" name="userId" value={userId} />
      {canRevoke ? (
        <button
          disabled={pending}
          aria-label={accessibleLabel}
          className="rounded-md border border-red-300 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
        >
          {label}
        </button>
      ) : null}
      <FormMessage state={state} />
    </form>
  );
}
