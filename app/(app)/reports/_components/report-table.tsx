import Link from "next/link";
import { StatusBadge } from "@/app/_components/ui/status-badge";
import { formatRef } from "@/lib/export/cells";
import { exportMessage } from "@/lib/export/messages";
import { reportCycleLabel } from "@/lib/export/report/sections";
import type { ReportData, ReportRecommendation } from "@/lib/export/types";
import { formatPartialDate } from "@/lib/i18n/format";
import { currentIntlLocale } from "@/lib/i18n/current-locale";
import { t } from "@/lib/i18n/messages";
import { recommendingStatesText } from "@/lib/recommendation-title";
import { EVIDENCE_KIND_LABELS, GRADE_LABELS, STANCE_LABELS } from "@/lib/labels";
import { STATUS_COLORS } from "@/lib/status-colors";
import { statusLabel } from "@/lib/labels";

const MAX_EVIDENCE = 3;

function Reference({ r, locale }: { r: ReportRecommendation; locale: string }) {
  const parts = [
    formatRef(r, locale),
    reportCycleLabel(r.cycle, locale) || null,
    formatPartialDate(r.date, locale) || null,
  ];
  // Who made a UPR recommendation, as the recommendation's own page says it.
  const recommendedBy = recommendingStatesText(r.recommendingStates, locale);
  return (
    <>
      <p className="text-xs text-slate-500">
        {r.bodyCode} · {parts.filter(Boolean).join(" · ")}
      </p>
      {recommendedBy && <p className="text-xs text-slate-500">{recommendedBy}</p>}
    </>
  );
}

/**
 * The recommendations with status, latest state response and evidence — one row each, never split across printed
 * pages. On a phone the table scrolls inside its own box rather than widening the page.
 */
export function ReportTable({
  data,
  recommendations = data.recommendations,
}: {
  data: ReportData;
  recommendations?: ReportRecommendation[];
}) {
  const locale = data.locale ?? currentIntlLocale();
  const m = (key: Parameters<typeof exportMessage>[0], params: Record<string, string | number> = {}) =>
    exportMessage(key, params, locale);
  if (recommendations.length === 0) return <p className="text-sm text-slate-600">{m("report.noRecommendations")}</p>;
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table
        className="w-full min-w-[44rem] border-collapse bg-white text-left text-sm print:min-w-0"
        data-testid="report-table"
      >
        <thead className="bg-brand text-xs uppercase tracking-wide text-white print:table-header-group">
          <tr>
            <th scope="col" className="w-[37%] px-3 py-2">
              {m("report.col.recommendation")}
            </th>
            <th scope="col" className="w-[20%] px-3 py-2">
              {m("report.col.status")}
            </th>
            <th scope="col" className="w-[23%] px-3 py-2">
              {m("report.col.response")}
            </th>
            <th scope="col" className="w-[20%] px-3 py-2">
              {m("report.col.evidence")}
            </th>
          </tr>
        </thead>
        <tbody>
          {recommendations.map((r) => (
            <tr key={r.id} className="break-inside-avoid border-b border-slate-200 align-top even:bg-slate-50">
              <td className="px-3 py-3">
                <Link href={`/recommendations/${r.id}`} className="font-semibold text-slate-900 hover:underline">
                  {r.title}
                </Link>
                <Reference r={r} locale={locale} />
                {r.rest && <p className="mt-1 text-slate-700">{r.rest}</p>}
              </td>
              <td className="px-3 py-3">
                <StatusBadge status={r.status} size="sm" />
                {r.statusDate && (
                  <p className="mt-1 text-xs text-slate-500">
                    {m("report.statusOn", { date: formatPartialDate(r.statusDate, locale) })}
                  </p>
                )}
                {/* outstandingSince is already null unless outstanding (lib/domain/outstanding.ts), as the PDF reads it. */}
                {r.outstandingSince !== null && (
                  <p className="mt-1 text-xs font-semibold text-[#a94400]">
                    {t("story.outstandingSince", { year: r.outstandingSince }, locale)}
                  </p>
                )}
                {r.grade && (
                  <p className="mt-1 text-xs text-slate-600">
                    {m("report.grade", { grade: r.gradeAsWritten ?? r.grade, meaning: GRADE_LABELS[r.grade] })}
                  </p>
                )}
              </td>
              <td className="px-3 py-3">
                {r.stance ? (
                  <>
                    <p className="font-medium text-slate-900">{STANCE_LABELS[r.stance]}</p>
                    {r.stanceDate && (
                      <p className="text-xs text-slate-500">{formatPartialDate(r.stanceDate, locale)}</p>
                    )}
                    {r.stanceQuote && (
                      <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-xs italic text-slate-700">
                        {r.stanceQuote}
                      </blockquote>
                    )}
                  </>
                ) : (
                  <p className="text-xs text-slate-500">{m("report.noResponse")}</p>
                )}
              </td>
              <td className="px-3 py-3">
                {r.evidence.length === 0 ? (
                  <p className="text-xs text-slate-500">{m("report.noEvidence")}</p>
                ) : (
                  <ul className="space-y-1.5 text-xs">
                    {r.evidence.slice(0, MAX_EVIDENCE).map((e, i) => (
                      <li key={i}>
                        <span className="font-medium text-slate-600">
                          {EVIDENCE_KIND_LABELS[e.kind]}
                          {e.date ? ` · ${formatPartialDate(e.date, locale)}` : ""}
                        </span>
                        <br />
                        {e.url ? (
                          <a href={e.url} className="text-slate-800 underline">
                            {e.title}
                          </a>
                        ) : (
                          <span className="text-slate-800">{e.title}</span>
                        )}
                      </li>
                    ))}
                    {r.evidence.length > MAX_EVIDENCE && (
                      <li className="text-slate-500">
                        {m("report.moreEvidence", { count: r.evidence.length - MAX_EVIDENCE })}
                      </li>
                    )}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every recommendation that repeats an earlier one, as a timeline from the first cycle that raised it to its status today. */
export function ReportChains({
  data,
  chains,
  testId = "report-chains",
  none = "report.chainsNone",
}: {
  data: ReportData;
  /** Which chains, in order; by default every recommendation that repeats an earlier one, the oldest first. */
  chains?: ReportRecommendation[];
  testId?: string;
  none?: Parameters<typeof exportMessage>[0];
}) {
  const locale = data.locale ?? currentIntlLocale();
  const m = (key: Parameters<typeof exportMessage>[0], params: Record<string, string | number> = {}) =>
    exportMessage(key, params, locale);
  // As the summary counts them: include=assessed cuts the not assessed from the groups only.
  const chained =
    chains ??
    (data.matching ?? data.recommendations)
      .filter((r) => r.chain.length > 0)
      .sort((a, b) => (a.outstandingSince ?? 9999) - (b.outstandingSince ?? 9999));
  if (chained.length === 0) return <p className="text-sm text-slate-600">{m(none)}</p>;
  return (
    <ul className="space-y-5" data-testid={testId}>
      {chained.map((r) => {
        const key = r.status ?? "none";
        const steps = [...r.chain, r];
        return (
          <li key={r.id} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-3">
              {r.outstandingSince !== null && (
                <span className="rounded-full bg-[#a94400] px-3 py-0.5 text-xs font-bold text-white">
                  {t("story.outstandingSince", { year: r.outstandingSince }, locale)}
                </span>
              )}
              <span className="font-semibold text-slate-900">{r.title}</span>
            </div>
            <ol
              className="relative mt-4 grid gap-2"
              style={{ gridTemplateColumns: `repeat(${steps.length + 1}, minmax(0, 1fr))` }}
            >
              <span aria-hidden="true" className="absolute left-[8%] right-[8%] top-[7px] h-0.5 bg-slate-300" />
              {steps.map((s, i) => (
                <li key={i} className="relative text-center">
                  <span aria-hidden="true" className="mx-auto block h-3.5 w-3.5 rounded-full bg-brand" />
                  <p className="mt-2 text-xs font-bold text-slate-900">{formatPartialDate(s.date, locale) || "—"}</p>
                  <p className="text-xs text-slate-600">{formatRef(s, locale)}</p>
                </li>
              ))}
              <li className="relative text-center">
                <span
                  aria-hidden="true"
                  className="mx-auto block h-3.5 w-3.5 rounded-full ring-2 ring-white"
                  style={{ background: STATUS_COLORS[key] }}
                />
                <p className="mt-2 text-xs font-bold text-slate-900">
                  {m("report.chainNow", { status: statusLabel(key) })}
                </p>
                {r.statusDate && <p className="text-xs text-slate-600">{formatPartialDate(r.statusDate, locale)}</p>}
              </li>
            </ol>
          </li>
        );
      })}
    </ul>
  );
}
