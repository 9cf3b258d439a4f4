import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { sameOriginPath } from "@/lib/auth/callback-url";
import { config } from "@/lib/config";
import { getSessionActor } from "@/lib/auth/session";
import { SIGN_IN_LOCK_MS } from "@/lib/data/sign-in";
import { t } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/context";
import { LanguageSwitcher } from "@/app/_components/language/language-switcher";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: t("login.title", {}, await requestLocale()) };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const locale = await requestLocale();
  // Only paths on this origin: never bounce a user to another site after sign-in.
  const callbackUrl = sameOriginPath(params.callbackUrl);
  if (await getSessionActor()) redirect(callbackUrl);
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="mx-auto mb-3 h-10 w-10">
            <rect width="32" height="32" rx="6" fill="#1f3a5f" />
            <path d="M8 9h16v3h-6.5v12h-3V12H8z" fill="#fff" />
            <circle cx="24" cy="23" r="3" fill="#d55e00" />
          </svg>
          <h1 className="text-2xl font-semibold text-brand">{t("app.name")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("app.tagline")}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm
            callbackUrl={callbackUrl}
            errorMessage={t("login.error")}
            lockedMessage={t("login.locked", { count: SIGN_IN_LOCK_MS / 60_000 })}
          />
        </div>
        <div className="mt-4 flex justify-center">
          <LanguageSwitcher current={locale} id="login-language" />
        </div>
        {config().publicPortal && (
          <p className="mt-4 text-center text-sm">
            <Link href="/public" className="text-brand underline">
              {t("public.portalLink")}
            </Link>
          </p>
        )}
      </div>
    </main>
  );
}
