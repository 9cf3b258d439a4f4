import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { ExportButtons } from "@/app/_components/export-buttons";
import { StatusBar } from "@/app/_components/ui/status-bar";
import { DashboardSections } from "../../_components/dashboard/dashboard-sections";
import { can } from "@/lib/auth/policy";
import { getRequestContext, signedInContext } from "@/lib/context";
import { FollowButton } from "../../_components/watch/follow-button";
import { CycleTimeline } from "../../_components/cycles/cycle-timeline";
import { cyclesForState, getStateByCode, statusByBodyForState } from "@/lib/data/state-pages";
import { t } from "@/lib/i18n/messages";
import { bodyName, stateName } from "@/lib/i18n/place-names";
import { getState } from "@/lib/data/states";
import { listStateMap } from "@/lib/data/public";
import { OutstandingMap } from "@/app/_components/map/outstanding-map";
import { ShareButton } from "@/app/_components/share/share-button";
import { PublishToggle } from "./publish-toggle";
import { setPublishedAction } from "./publish-actions";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = getStateByCode((await getRequestContext()).db, (await params).code);
  return { title: state ? stateName(state.code, state.name) : t("site.states.notFound") };
}

export default async function StatePage({ params }: Props) {
  const ctx = await signedInContext();
  const { db, actor } = ctx;
  const state = getStateByCode(db, (await params).code);
  if (!state) notFound();
  const bodies = statusByBodyForState(db, state.id);
  const cycles = cyclesForState(db, state.id);
  const total = bodies.reduce((a, b) => a + b.total, 0);
  const record = getState(db, state.id)!;
  const name = stateName(state.code, state.name);

  return (
    <div className="space-y-6">
      <nav aria-label={t("site.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/states" className="hover:underline">
          {t("site.states.title")}
        </Link>{" "}
        <span aria-hidden="true">/</span> {name}
      </nav>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{name}</h1>
          <p className="text-slate-600">{t("count.recommendations", { count: total })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <FollowButton ctx={ctx} target={{ state: state.code }} name={name} />
          <Link
            href={`/calendar?view=list&from=&to=&state=${state.code}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-50"
          >
            {t("state.calendar", { state: name })}
          </Link>
          <Link
            href={`/recommendations?state=${state.code}`}
            className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white"
          >
            {t("state.allRecommendations", { state: name })}
          </Link>
          {can(actor, "dismissal", "create") && (
            <Link
              href={`/states/${state.code}/reiterations`}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800"
            >
              {t("suggestions.queueLink")}
            </Link>
          )}
        </div>
        <div className="flex w-full flex-wrap items-center justify-between gap-3">
          <ExportButtons filters={{ state: [state.code] }} />
          <ShareButton view="dashboard" filters={{ state: state.code }} />
        </div>
        <section
          aria-label={t("publish.stateTitle")}
          className="flex w-full flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm"
          data-testid="publish-status"
        >
          <span className="text-slate-700">
            {record.published ? t("publish.statePublished") : t("publish.stateNotPublished")}
          </span>
          {record.published && (
            <Link href={`/public/states/${state.code}`} className="text-brand underline">
              {t("publish.viewPublic")}
            </Link>
          )}
          {can(actor, "state", "update") && (
            <PublishToggle
              published={record.published}
              version={record.version}
              action={setPublishedAction.bind(null, state.id, !record.published)}
            />
          )}
        </section>
      </header>

      {/* The dashboard's key figures and charts for this state; by body is the card below. */}
      <DashboardSections filters={{ state: [state.code], body: [], theme: [] }} omit={["body"]} />

      <Card title={t("site.states.byBody")}>
        {bodies.length === 0 ? (
          <EmptyState title={t("site.states.noRecommendations")} />
        ) : (
          <ul className="space-y-5">
            {bodies.map((b) => (
              <li key={b.code}>
                <div className="mb-1 flex items-baseline justify-between gap-2">
                  <Link
                    href={`/recommendations?state=${state.code}&body=${b.code}`}
                    className="font-medium text-brand hover:underline"
                  >
                    {bodyName(b.code, b.name)}
                  </Link>
                  <span className="text-sm text-slate-500">{t("count.recommendations", { count: b.total })}</span>
                </div>
                <StatusBar
                  counts={b.counts}
                  hrefFor={(status) => `/recommendations?state=${state.code}&body=${b.code}&status=${status}`}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>

      <OutstandingMap states={listStateMap(db)} hrefFor={(code) => `/states/${code}`} highlight={state.code} />

      <CycleTimeline cycles={cycles} by="body" />
    </div>
  );
}
