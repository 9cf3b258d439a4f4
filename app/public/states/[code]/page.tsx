import { appHref } from "@/lib/app-href";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DashboardSections } from "@/app/(app)/_components/dashboard/dashboard-sections";
import { CycleTimeline } from "@/app/(app)/_components/cycles/cycle-timeline";
import { OutstandingMap } from "@/app/_components/map/outstanding-map";
import { publicContext } from "@/lib/context";
import { getPublishedState, listPublishedStates } from "@/lib/data/public";
import { cyclesForState } from "@/lib/data/state-pages";
import { stateName } from "@/lib/i18n/place-names";
import { t } from "@/lib/i18n/messages";
import { PublicExportLinks } from "../../_lib/export-links";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };
type PageProps = Props & { searchParams: Promise<{ cycles?: string }> };

/** Cycles shown before "show all" (?cycles=all): a state under many bodies has dozens. */
const LATEST_CYCLES = 12;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { db, locale } = await publicContext();
  const code = (await params).code.toUpperCase();
  const s = listPublishedStates(db).find((x) => x.code === code);
  if (!s) return { title: t("public.notFound") };
  const name = stateName(s.code, s.name);
  const description = t("public.ogDescription", { total: s.total, state: name, outstanding: s.outstanding });
  // The image is drawn by ./opengraph-image/route.tsx, in this page's language.
  const image = {
    url: `/public/states/${s.code}/opengraph-image?lang=${locale}`,
    width: 1200,
    height: 630,
    alt: t("public.ogImageAlt", { state: name }),
  };
  return {
    title: name,
    description,
    openGraph: {
      title: t("admin.portal.ogTitle", { state: name, portal: t("public.name") }),
      description,
      type: "website",
      images: [image],
    },
    twitter: { card: "summary_large_image", title: name, description, images: [image] },
  };
}

export default async function PublicStatePage({ params, searchParams }: PageProps) {
  const { db } = await publicContext();
  const published = getPublishedState(db, (await params).code);
  if (!published) notFound();
  const state = { ...published, name: stateName(published.code, published.name) };
  const filters = { state: [state.code], body: [], theme: [], publishedOnly: true };
  const states = listPublishedStates(db).map((s) => ({ ...s, name: stateName(s.code, s.name) }));
  const total = states.find((s) => s.code === state.code)?.total ?? 0;
  return (
    <div className="space-y-6">
      <nav aria-label={t("admin.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/public" className="hover:underline">
          {t("public.breadcrumb")}
        </Link>{" "}
        <span aria-hidden="true">/</span> {state.name}
      </nav>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{state.name}</h1>
          <p className="text-slate-600">{t("count.recommendations", { count: total })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Link
            href={`/public/recommendations?state=${state.code}`}
            className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white"
          >
            {t("public.stateRecommendations", { state: state.name })}
          </Link>
        </div>
        <div className="w-full">
          <PublicExportLinks query={`state=${state.code}`} state={state.code} />
        </div>
      </header>
      {/* Not the chart by responsible institution: actions are the organisation's work plan, not public. */}
      <DashboardSections filters={filters} omit={["institutions"]} />
      <OutstandingMap states={states} hrefFor={(code) => `/public/states/${code}`} highlight={state.code} />
      <CycleTimeline
        cycles={cyclesForState(db, state.id)}
        by="body"
        listBase="/public/recommendations"
        latest={
          (await searchParams).cycles === "all"
            ? undefined
            : { count: LATEST_CYCLES, allHref: appHref(`/public/states/${state.code}?cycles=all`) }
        }
      />
    </div>
  );
}
