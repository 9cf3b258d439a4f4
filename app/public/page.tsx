import Link from "next/link";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { KpiCards } from "@/app/(app)/_components/dashboard/kpi-cards";
import { publicContext } from "@/lib/context";
import { listPublishedStates } from "@/lib/data/public";
import { stateName } from "@/lib/i18n/place-names";
import { t } from "@/lib/i18n/messages";
import { PUBLIC_SCOPE } from "./_lib/scope";
import { OutstandingMap } from "@/app/_components/map/outstanding-map";

export const dynamic = "force-dynamic";

/** The portal's front page: one aggregate over the published states feeds the list and the map. */
export default async function PublicOverview() {
  const { db } = await publicContext();
  const states = listPublishedStates(db).map((s) => ({ ...s, name: stateName(s.code, s.name) }));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t("public.title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-600">{t("public.intro")}</p>
      </header>
      {states.length === 0 ? (
        <EmptyState title={t("public.noStates")} />
      ) : (
        <>
          <Card title={t("public.statesHeading")}>
            <ul className="divide-y divide-slate-100" data-testid="public-states">
              {states.map((s) => (
                <li key={s.code} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  <Link href={`/public/states/${s.code}`} className="font-medium text-brand hover:underline">
                    {s.name}
                  </Link>
                  <span className="text-sm text-slate-600">
                    {t("public.stateRecommendationsCount", { count: s.total })} ·{" "}
                    {t("public.outstandingCount", { count: s.outstanding })}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
          <OutstandingMap
            states={states.map((s) => ({ code: s.code, name: s.name, outstanding: s.outstanding, total: s.total }))}
            hrefFor={(code) => `/public/states/${code}`}
          />
          <section aria-labelledby="headline" className="space-y-3">
            <h2 id="headline" className="text-lg font-semibold text-slate-900">
              {t("public.headline")}
            </h2>
            <KpiCards filters={PUBLIC_SCOPE} />
          </section>
          <p>
            <Link
              href="/public/recommendations"
              className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white"
            >
              {t("public.allRecommendations")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
