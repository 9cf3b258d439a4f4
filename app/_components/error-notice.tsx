"use client";

import Link from "next/link";
import { useLocale } from "next-intl";
import { t } from "@/lib/i18n/messages";

/**
 * What error.tsx and global-error.tsx show: the fault is ours, nothing saved is
 * lost, try again or go home. The digest is the reference the server logged
 * with the error (the message itself is never shown: it may hold internals).
 * Both callers have a language provider: the root layout's, or global-error.tsx's own.
 */
export function ErrorNotice({ digest, reset }: { digest?: string; reset: () => void }) {
  const locale = useLocale();
  return (
    <section
      role="alert"
      data-testid="error"
      className="mx-auto my-8 max-w-xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8"
    >
      <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">{t("error.title", {}, locale)}</h1>
      <p className="mt-3 text-slate-600">{t("error.body", {}, locale)}</p>
      {digest && <p className="mt-2 font-mono text-xs text-slate-500">{t("error.reference", { digest }, locale)}</p>}
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white">
          {t("error.retry", {}, locale)}
        </button>
        <Link href="/" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium">
          {t("error.home", {}, locale)}
        </Link>
      </div>
    </section>
  );
}
