"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import type { ActionState } from "@/app/_lib/action-state";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;
const idle: ActionState = { status: "idle" };

const buttonClass =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:border-brand " +
  "hover:text-brand focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand";

/**
 * "Edit state response" beside the record's other controls (`beside`, e.g. its
 * archive button); the correction form (children) opens in place below them.
 */
export function EditDisclosure({
  label,
  beside,
  children,
}: {
  label: string;
  beside?: React.ReactNode;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <div className="w-full">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={buttonClass}
          aria-expanded={open}
          aria-controls={regionId}
          onClick={() => setOpen((o) => !o)}
        >
          {label}
        </button>
        {beside}
      </div>
      <div id={regionId} hidden={!open} className="mt-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
        {open && children}
      </div>
    </div>
  );
}

/**
 * "Archive state response" / "Remove reiteration link": asks first, naming the
 * record, in a modal dialog (focus moves into it, Escape cancels), then sends
 * the version the page was drawn from; a stale one is refused with the reason.
 */
export function ArchiveControl({
  label,
  question,
  confirm,
  action,
  version,
}: {
  label: string;
  /** The sentence naming exactly what is archived. */
  question: string;
  confirm: string;
  action: Action;
  version: number;
}) {
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idle);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (state.status !== "idle") dialog.current?.close();
  }, [state]);
  return (
    <>
      <button type="button" className={buttonClass} onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      {state.status !== "idle" && state.status !== "success" && state.message && (
        <p aria-live="polite" className="w-full text-xs text-red-700" data-testid="history-message">
          {state.message}
        </p>
      )}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form action={formAction} className="space-y-4 p-5">
          <h2 id={titleId} className="text-base font-semibold text-slate-900">
            {label}
          </h2>
          <p className="text-sm leading-relaxed text-slate-700">{question}</p>
          <input type="hidden" name="version" value={version} />
          <div className="flex flex-wrap justify-end gap-2">
            <button
              type="button"
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
              onClick={() => dialog.current?.close()}
            >
              {t("history.confirm.cancel", {}, locale)}
            </button>
            <button
              type="submit"
              disabled={pending}
              className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
            >
              {confirm}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}

/** "Restore state response": one click, with the version the page was drawn from. */
export function RestoreButton({ label, action, version }: { label: string; action: Action; version: number }) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {label}
      </button>
      {state.message && state.status !== "success" && (
        <span aria-live="polite" className="text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
