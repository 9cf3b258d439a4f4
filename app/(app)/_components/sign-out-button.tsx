import { t } from "@/lib/i18n/messages";

/** A plain form: signing out works even before the page's scripts load. */
export function SignOutButton() {
  return (
    <form method="post" action="/api/logout">
      <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-50">
        {t("site.nav.signOut")}
      </button>
    </form>
  );
}
