import type { Metadata } from "next";
import Link from "next/link";
import { publicContext } from "@/lib/context";
import { t } from "@/lib/i18n/messages";
import { LanguageSwitcher } from "@/app/_components/language/language-switcher";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await publicContext();
  return { title: { default: t("public.name", {}, locale), template: t("public.titleTemplate", {}, locale) } };
}

/**
 * The public portal's shell: its own header, no workspace navigation, the same figures for
 * every visitor, in the visitor's language. PUBLIC_PORTAL=0 makes every page here a 404.
 */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const { locale } = await publicContext();
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("app.skipToContent")}
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/public" className="flex items-center gap-2 font-semibold text-brand">
            <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
              <rect width="32" height="32" rx="6" fill="#1f3a5f" />
              <path d="M8 9h16v3h-6.5v12h-3V12H8z" fill="#fff" />
              <circle cx="24" cy="23" r="3" fill="#d55e00" />
            </svg>
            {t("app.name")} <span className="font-normal text-slate-500">· {t("public.name")}</span>
          </Link>
          <nav aria-label={t("public.name")} className="flex gap-4 text-sm">
            <Link href="/public" className="text-slate-700 hover:text-brand hover:underline">
              {t("public.statesHeading")}
            </Link>
            <Link href="/public/recommendations" className="text-slate-700 hover:text-brand hover:underline">
              {t("public.recommendationsTitle")}
            </Link>
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <LanguageSwitcher current={locale} />
            <Link href="/login" className="text-sm text-slate-600 hover:underline">
              {t("public.signIn")}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white px-4 py-4 text-center text-xs text-slate-500">
        {t("public.footer")}
      </footer>
    </div>
  );
}
