import Link from "next/link";
import { formatRef } from "@/lib/export/cells";
import { exportMessage, type ExportMessageKey } from "@/lib/export/messages";
import { HIGHLIGHTS_SHOWN, reportHighlights } from "@/lib/export/report/sections";
import type { ReportData, ReportRecommendation } from "@/lib/export/types";
import { formatPartialDate } from "@/lib/i18n/format";
import { currentIntlLocale } from "@/lib/i18n/current-locale";
import { ReportChains } from "./report-table";

/**
 * The executive summary's stories, as the PDF tells them (lib/export/report/highlights.ts):
 * the longest outstanding chains, what the state rejected, overdue follow-ups.
 */
export function ReportHighlights({ data }: { data: ReportData }) {
  const locale = data.locale ?? currentIntlLocale();
  const m = (key: ExportMessageKey, params: Record<string, string | number> = {}) => exportMessage(key, params, locale);
  const h = reportHighlights(data);
  const more = (total: number) =>
    total > HIGHLIGHTS_SHOWN && (
      <p className="mt-2 text-xs italic text-slate-500">{m("report.andMore", { count: total - HIGHLIGHTS_SHOWN })}</p>
    );
  return (
    <div className="mt-8 space-y-8">
      <section aria-labelledby="report-longest">
        <h3 id="report-longest" className="text-lg font-semibold text-brand">
          {m("report.longest")}
        </h3>
        <p className="mb-3 text-sm text-slate-600">{m("report.longestIntro")}</p>
        <ReportChains
          data={data}
          chains={h.longest.slice(0, HIGHLIGHTS_SHOWN)}
          testId="report-longest"
          none="report.longestNone"
        />
        {more(h.longest.length)}
      </section>
      <ShortList
        id="report-rejected"
        title={m("report.rejected")}
        empty={m("report.rejectedNone")}
        recs={h.rejected}
        locale={locale}
        withResponse
      />
      {more(h.rejected.length)}
      <ShortList
        id="report-overdue"
        title={m("report.overdue")}
        intro={m("report.overdueIntro")}
        empty={m("report.overdueNone")}
        recs={h.overdue}
        locale={locale}
      />
      {more(h.overdue.length)}
    </div>
  );
}

function ShortList({
  id,
  title,
  intro,
  empty,
  recs,
  locale,
  withResponse = false,
}: {
  id: string;
  title: string;
  intro?: string;
  empty: string;
  recs: ReportRecommendation[];
  locale: string;
  withResponse?: boolean;
}) {
  return (
    <section aria-labelledby={id} data-testid={id}>
      <h3 id={id} className="text-lg font-semibold text-brand">
        {title}
      </h3>
      {intro && <p className="mb-2 text-sm text-slate-600">{intro}</p>}
      {recs.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {recs.slice(0, HIGHLIGHTS_SHOWN).map((r) => (
            <li key={r.id} className="break-inside-avoid">
              <Link href={`/recommendations/${r.id}`} className="font-semibold text-slate-900 hover:underline">
                {r.title}
              </Link>
              <p className="text-xs text-slate-500">
                {[formatRef(r, locale), r.bodyCode, formatPartialDate(r.date, locale)].filter(Boolean).join(" · ")}
              </p>
              {withResponse && r.stanceQuote && (
                <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-sm italic text-slate-700">
                  {r.stanceQuote}
                  {r.stanceDate && (
                    <span className="not-italic text-slate-500"> ({formatPartialDate(r.stanceDate, locale)})</span>
                  )}
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
