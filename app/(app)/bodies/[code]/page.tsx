import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { StatusBar } from "@/app/_components/ui/status-bar";
import { getRequestContext, signedInContext } from "@/lib/context";
import { FollowButton } from "../../_components/watch/follow-button";
import { CycleTimeline } from "../../_components/cycles/cycle-timeline";
import { DashboardSections } from "../../_components/dashboard/dashboard-sections";
import { ExportButtons } from "@/app/_components/export-buttons";
import { cyclesForBody, getBodyByCode, statusByStateForBody } from "@/lib/data/state-pages";
import { BODY_KIND_LABELS } from "@/lib/labels";
import { t } from "@/lib/i18n/messages";
import { bodyName, stateName } from "@/lib/i18n/place-names";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const body = getBodyByCode((await getRequestContext()).db, (await params).code);
  return { title: body ? bodyName(body.code, body.name) : t("site.bodies.notFound") };
}

export default async function BodyPage({ params }: Props) {
  const ctx = await signedInContext();
  const { db } = ctx;
  const body = getBodyByCode(db, (await params).code);
  if (!body) notFound();
  const states = statusByStateForBody(db, body.id);
  const cycles = cyclesForBody(db, body.id);
  const total = states.reduce((a, s) => a + s.total, 0);
  const name = bodyName(body.code, body.name);
  const kind = BODY_KIND_LABELS[body.kind as keyof typeof BODY_KIND_LABELS];
  return (
    <div className="space-y-6">
      <nav aria-label={t("site.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/bodies" className="hover:underline">
          {t("site.bodies.title")}
        </Link>{" "}
        / {body.code}
      </nav>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{name}</h1>
          <p className="text-slate-600">
            {body.treaty ? t("site.bodies.kindAndTreaty", { kind, treaty: body.treaty }) : kind} ·{" "}
            {t("count.recommendations", { count: total })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <FollowButton ctx={ctx} target={{ body: body.code }} name={name} />
          <Link
            href={`/recommendations?body=${body.code}`}
            className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white"
          >
            {t("body.allRecommendations", { body: body.code })}
          </Link>
        </div>
        <div className="w-full">
          <ExportButtons filters={{ body: [body.code] }} />
        </div>
      </header>

      {/* The dashboard's key figures and charts for this body; by state is the card below. */}
      <DashboardSections filters={{ state: [], body: [body.code], theme: [] }} omit={["body"]} />

      <Card title={t("body.byState")}>
        {states.length === 0 ? (
          <EmptyState title={t("body.noRecommendations")} />
        ) : (
          <ul className="space-y-5">
            {states.map((s) => (
              <li key={s.code}>
                <div className="mb-1 flex items-baseline justify-between gap-2">
                  <Link href={`/states/${s.code}`} className="font-medium text-brand hover:underline">
                    {stateName(s.code, s.name)}
                  </Link>
                  <Link
                    href={`/recommendations?body=${body.code}&state=${s.code}`}
                    className="text-sm text-slate-500 hover:underline"
                  >
                    {t("count.recommendations", { count: s.total })}
                  </Link>
                </div>
                <StatusBar
                  counts={s.counts}
                  hrefFor={(status) => `/recommendations?body=${body.code}&state=${s.code}&status=${status}`}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>

      <CycleTimeline cycles={cycles} by="state" />
    </div>
  );
}
