import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportButtons } from "@/app/_components/export-buttons";
import { ShareButton } from "@/app/_components/share/share-button";
import { shareFilters } from "@/app/(app)/_components/dashboard/links";
import { getRequestContext, signedInContext } from "@/lib/context";
import { getStateReport, reportAssessedOnly, reportQueryString } from "@/lib/data/report";
import { getStateByCode } from "@/lib/data/state-pages";
import { ValidationError } from "@/lib/errors";
import { exportMessage } from "@/lib/export/messages";
import { t } from "@/lib/i18n/messages";
import { stateName } from "@/lib/i18n/place-names";
import { reportGroups } from "@/lib/export/report/sections";
import { STATUS_COLORS } from "@/lib/status-colors";
import { filtersToQueryString, parseFilters } from "@/lib/search/filters";
import { BodyChart, StatusChart } from "../../_components/report-charts";
import { statusLabel } from "@/lib/labels";
import { ReportCover, ReportKpis } from "../../_components/report-cover";
import { ReportHighlights } from "../../_components/report-highlights";
import { ReportChains, ReportTable } from "../../_components/report-table";
import { PrintButton } from "../../_components/print-button";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = getStateByCode((await getRequestContext()).db, (await params).code);
  return {
    title: state
      ? exportMessage("report.title", { state: stateName(state.code, state.name) })
      : t("site.states.notFound"),
  };
}

function Section({
  title,
  intro,
  children,
  className = "",
}: {
  title: string;
  intro?: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section className={`mt-10 ${className}`}>
      <h2 className="text-xl font-bold text-brand">{title}</h2>
      <span aria-hidden="true" className="mb-4 mt-1 block h-1 w-9 bg-brand" />
      {intro && <p className="mb-4 max-w-3xl text-sm text-slate-600">{intro}</p>}
      {children}
    </section>
  );
}

/**
 * The state report as a printable page: the same ReportData, in the
 * same order, as the PDF from /api/export/report.pdf. Print it (A4), or
 * download the PDF, which the server draws.
 */
export default async function StateReportPage({ params, searchParams }: Props) {
  const { db } = await signedInContext();
  const code = (await params).code.toUpperCase();
  const raw = await searchParams;
  const filters = parseFilters(raw);
  const assessedOnly = reportAssessedOnly(raw);
  let data: ReturnType<typeof getStateReport>;
  try {
    data = getStateReport(db, code, filters, { assessedOnly });
  } catch (error) {
    // A search the report cannot run (too long, not understood): say why instead of reporting on everything.
    if (!(error instanceof ValidationError)) throw error;
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <p
          data-testid="search-problem"
          className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900"
        >
          {error.message}
        </p>
        <Link
          href={`/reports${filtersToQueryString({ ...filters, q: undefined })}`}
          className="text-sm text-brand hover:underline"
        >
          {t("site.reports.change")}
        </Link>
      </div>
    );
  }
  if (!data) notFound();
  const m = (key: Parameters<typeof exportMessage>[0], params: Record<string, string | number> = {}) =>
    exportMessage(key, params, data.locale);
  const exportFilters = { ...filters, state: [data.state.code] };

  return (
    <article className="report mx-auto max-w-5xl" data-testid="state-report">
      <div className="no-print mb-5 flex flex-wrap items-center justify-between gap-3">
        <Link
          href={`/reports${reportQueryString(exportFilters, assessedOnly)}`}
          className="text-sm text-brand hover:underline"
        >
          {t("site.reports.change")}
        </Link>
        <div className="flex flex-wrap gap-2">
          <PrintButton />
          <ExportButtons filters={exportFilters} showReport={false} />
          <a
            href={`/api/export/report.pdf${reportQueryString(exportFilters, assessedOnly)}`}
            download
            className="inline-flex items-center rounded-md border border-brand bg-brand-soft px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-white"
          >
            {t("site.reports.downloadPdf")}
          </a>
          <ShareButton view="state-report" filters={shareFilters(exportFilters)} />
        </div>
      </div>

      <ReportCover data={data} />

      <Section title={m("report.execSummary")} className="print:mt-0">
        <ReportKpis data={data} />
        <div className="mt-8">
          <StatusChart data={data} />
        </div>
        <ReportHighlights data={data} />
        <div className="mt-8">
          <BodyChart data={data} />
        </div>
      </Section>

      <Section title={m("report.byStatus")}>
        {data.notAssessedLeftOut ? (
          <p className="mb-4 text-sm italic text-slate-600" data-testid="report-left-out">
            {m("report.notAssessedLeftOut", { count: data.notAssessedLeftOut })}
          </p>
        ) : null}
        {data.recommendations.length === 0 ? (
          <ReportTable data={data} />
        ) : (
          <div className="space-y-8">
            {reportGroups(data).map((g) => (
              <section key={g.status} aria-labelledby={`group-${g.status}`} data-testid={`report-group-${g.status}`}>
                <h3 id={`group-${g.status}`} className="mb-2 flex items-center gap-2 text-lg font-semibold">
                  <span
                    aria-hidden="true"
                    className="inline-block h-3 w-3"
                    style={{ background: STATUS_COLORS[g.status] }}
                  />
                  {m("report.groupHeading", { status: statusLabel(g.status), count: g.recommendations.length })}
                </h3>
                <ReportTable data={data} recommendations={g.recommendations} />
              </section>
            ))}
          </div>
        )}
      </Section>

      <Section title={m("report.chains")} intro={m("report.chainsIntro")} className="break-before-page">
        <ReportChains data={data} />
      </Section>
    </article>
  );
}
