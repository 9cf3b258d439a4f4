import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { signedInContext } from "@/lib/context";
import { ROLE_LABELS } from "@/lib/labels";
import { t } from "@/lib/i18n/messages";
import { LanguageSwitcher } from "@/app/_components/language/language-switcher";
import { MainNav, type NavLink } from "./_components/main-nav";
import { SignOutButton } from "./_components/sign-out-button";
import { Bell } from "./_components/watch/bell";

const skipLinkClass =
  "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await signedInContext();
  const user = ctx.actor;
  const links: NavLink[] = [
    { href: "/", label: t("nav.dashboard") },
    { href: "/recommendations", label: t("nav.recommendations") },
    { href: "/states", label: t("nav.states") },
    { href: "/calendar", label: t("calendar.pageTitle") },
    { href: "/reports", label: t("nav.reports") },
    ...(can(user, "state", "create") ? [{ href: "/records", label: t("nav.records") } satisfies NavLink] : []),
    ...(can(user, "import", "run") ? [{ href: "/import", label: t("nav.import") } satisfies NavLink] : []),
    ...(can(user, "user", "read") ? [{ href: "/admin", label: t("nav.admin") } satisfies NavLink] : []),
  ];
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className={skipLinkClass}>
        {t("app.skipToContent")}
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="flex items-center gap-2 font-semibold text-brand">
            <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
              <rect width="32" height="32" rx="6" fill="#1f3a5f" />
              <path d="M8 9h16v3h-6.5v12h-3V12H8z" fill="#fff" />
              <circle cx="24" cy="23" r="3" fill="#d55e00" />
            </svg>
            {t("app.name")}
          </Link>
          <MainNav links={links} label={t("site.nav.main")} />
          <div className="ml-auto flex items-center gap-3 text-sm">
            <LanguageSwitcher current={ctx.locale} />
            <Bell ctx={ctx} />
            <Link
              href="/account"
              className="text-slate-700 hover:text-brand hover:underline"
              data-testid="current-user"
            >
              {user.name}{" "}
              <span className="rounded-full bg-brand-soft px-2 py-0.5 text-xs font-medium text-brand">
                {ROLE_LABELS[user.role]}
              </span>
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="no-print border-t border-slate-200 py-4 text-center text-xs text-slate-500">
        {t("app.footer")}
      </footer>
    </div>
  );
}
