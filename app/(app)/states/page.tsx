import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/ui/card";
import { StatusBar } from "@/app/_components/ui/status-bar";
import { getRequestContext, signedInContext } from "@/lib/context";
import { listStatesWithCounts } from "@/lib/data/state-pages";
import { t } from "@/lib/i18n/messages";
import { stateName } from "@/lib/i18n/place-names";

export async function generateMetadata(): Promise<Metadata> {
  await getRequestContext();
  return { title: t("site.states.title") };
}

/** The intro sentence around its link, split at the link's placeholder so each language orders it its own way. */
function IntroWithLink() {
  const marker = "\u2063";
  const [before, after = ""] = t("site.states.intro", { link: marker }).split(marker);
  return (
    <p className="text-slate-600">
      {before}
      <Link href="/bodies" className="text-brand underline">
        {t("site.states.introLink")}
      </Link>
      {after}
    </p>
  );
}

export default async function StatesPage() {
  const { db } = await signedInContext();
  const states = listStatesWithCounts(db);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t("site.states.title")}</h1>
        <IntroWithLink />
      </header>
      {states.length === 0 ? (
        <EmptyState title={t("site.states.empty")}>{t("site.states.emptyHint")}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" data-testid="state-list">
          {states.map((s) => (
            <li key={s.code} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex items-baseline justify-between gap-2">
                <Link href={`/states/${s.code}`} className="text-lg font-semibold text-brand hover:underline">
                  {stateName(s.code, s.name)}
                </Link>
                <span className="font-mono text-sm text-slate-500">{s.code}</span>
              </div>
              <p className="mb-3 text-sm text-slate-600">{t("count.recommendations", { count: s.total })}</p>
              <StatusBar counts={s.counts} hrefFor={(status) => `/recommendations?state=${s.code}&status=${status}`} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
