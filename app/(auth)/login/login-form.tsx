"use client";

import { signIn } from "next-auth/react";
import { useState, useSyncExternalStore, useTransition } from "react";
import { useLocale } from "next-intl";
import { formText } from "@/app/_components/records/field-defs";
import { t } from "@/lib/i18n/messages";

const noSubscription = () => () => {};

/** next-auth's error code when the account or address is locked (lib/auth/options.ts LOCKED_ERROR). */
const LOCKED = "locked";

export function LoginForm({
  callbackUrl,
  errorMessage,
  lockedMessage,
}: {
  callbackUrl: string;
  errorMessage: string;
  lockedMessage: string;
}) {
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Until scripts run, the form must not submit natively (it would put the password in a URL).
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: formText(form, "email"),
        password: formText(form, "password"),
        redirect: false,
      });
      if (!result || result.error) {
        setError(result?.error === LOCKED ? lockedMessage : errorMessage);
        return;
      }
      window.location.assign(callbackUrl);
    });
  }

  return (
    <form onSubmit={onSubmit} method="post" className="space-y-4" noValidate data-ready={ready}>
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-700">
          {t("admin.login.email", {}, locale)}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-describedby="login-error"
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          {t("admin.login.password", {}, locale)}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby="login-error"
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand"
        />
      </div>
      <p id="login-error" aria-live="polite" data-testid="login-error" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <button
        type="submit"
        disabled={pending || !ready}
        className="w-full rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-[#16304f] disabled:opacity-60"
      >
        {pending ? t("admin.login.signingIn", {}, locale) : t("admin.login.submit", {}, locale)}
      </button>
    </form>
  );
}
