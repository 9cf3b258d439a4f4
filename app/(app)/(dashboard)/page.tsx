import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/app/_components/ui/card";
import { ExportButtons } from "@/app/_components/export-buttons";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { getRequestContext, signedInContext } from "@/lib/context";
import { getFilterOptions } from "@/lib/data/dashboard";
import { listLongestOutstanding } from "@/lib/data/overview";
import { soleReportState } from "@/lib/data/report";
import { outstandingSince } from "@/lib/domain/outstanding";
import { t } from "@/lib/i18n/messages";
import { recommendationTitle } from "@/lib/recommendation-title";
import { RecommendationMeta } from "@/app/_components/recommendation-meta";
import { DashboardSections } from "../_components/dashboard/dashboard-sections";
import { FilterForm } from "../_components/dashboard/filter-form";
import { listHref, parseDashboardFilters, shareFilters } from "../_components/dashboard/links";
import { OutstandingMap } from "@/app/_components/map/outstanding-map";
import { ShareButton } from "@/app/_components/share/share-button";
import { listStateMap } from "@/lib/data/public";

export async function generateMetadata(): Promise<Metadata> {
  await getRequestContext();
  return { title: t("site.dashboard.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const { db } = await signedInContext();
  const filters = parseDashboardFilters(await searchParams);
  const options = getFilterOptions(db);
  const items = listLongestOutstanding(db, filters, 10);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t("site.dashboard.title")}</h1>
        <p className="text-slate-600">{t("site.dashboard.intro")}</p>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
          <ExportButtons filters={filters} reportState={soleReportState(db)} />
          <ShareButton view="dashboard" filters={shareFilters(filters)} />
        </div>
      </header>

      <FilterForm filters={filters} options={options} />
      <DashboardSections filters={filters} />
      <OutstandingMap states={listStateMap(db)} hrefFor={(code) => `/states/${code}`} />

      <Card
        title={t("site.dashboard.longest")}
        className="print:break-inside-avoid"
        actions={
          <Link
            href={listHref(filters, { outstanding: true, sort: "outstanding" })}
            className="no-print text-sm text-brand hover:underline"
          >
            {t("site.dashboard.allOutstanding")}
          </Link>
        }
      >
        {items.length === 0 ? (
          <EmptyState title={t("site.dashboard.nothingOutstanding")}>
            {t("site.dashboard.nothingOutstandingHint")}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="tracked-list">
            {items.map((r) => (
              <li key={r.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center">
                <div className="flex-1">
                  <RecommendationMeta r={r} />
                  <Link href={`/recommendations/${r.id}`} className="mt-1 block font-medium text-brand hover:underline">
                    {recommendationTitle(r)}
                  </Link>
                  {outstandingSince(r) !== null && (
                    <p className="text-xs font-medium text-slate-600">
                      {t("story.outstandingSince", { year: outstandingSince(r)! })}
                    </p>
                  )}
                </div>
                <StatusBadge status={r.status} size="sm" />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
