import { t } from "@/lib/i18n/messages";
import { filtersToQueryString, type SearchFilters } from "@/lib/search/filters";

const button =
  "inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium " +
  "text-slate-700 hover:bg-slate-50";

function DownloadIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="h-3.5 w-3.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <path d="M8 2v8m0 0 3-3m-3 3L5 7M3 13h10" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * Downloads of the recommendations a page shows — CSV and Excel of every row
 * for these filters and the state report (the PDF and the printable page) for
 * the same filters: of the one state they name, else of `reportState` (the
 * tracker's only state, lib/data/report.ts soleReportState). With several
 * states and none chosen, the PDF button leads to the report form instead.
 * Plain links: they work without JavaScript and for every role, viewers
 * included; the routes check the session themselves.
 */
export function ExportButtons({
  filters,
  showReport = true,
  reportState = null,
}: {
  filters: Partial<SearchFilters>;
  showReport?: boolean;
  reportState?: string | null;
}) {
  const chosen = filters.state?.length === 1 ? filters.state[0] : null;
  const state = chosen ?? (filters.state?.length ? null : reportState);
  const qs = filtersToQueryString({ ...filters, page: 1, per: undefined });
  const pdfQs = state ? filtersToQueryString({ ...filters, state: [state], page: 1, per: undefined }) : "";
  // The report keeps every filter but the state, which is in its path.
  const reportQs = state ? filtersToQueryString({ ...filters, state: [], page: 1, per: undefined }) : "";
  return (
    <div className="no-print flex flex-wrap items-center gap-2" data-testid="export-buttons">
      <a href={`/api/export/recommendations.csv${qs}`} download className={button}>
        <DownloadIcon />
        {t("site.export.csv")}
      </a>
      <a href={`/api/export/recommendations.xlsx${qs}`} download className={button}>
        <DownloadIcon />
        {t("site.export.excel")}
      </a>
      {state && showReport && (
        <>
          <a href={`/api/export/report.pdf${pdfQs}`} download className={button}>
            <DownloadIcon />
            {t("report.pdfButton")}
          </a>
          <a href={`/reports/state/${state}${reportQs}`} className={button}>
            {t("site.export.stateReport")}
          </a>
        </>
      )}
      {!state && showReport && (
        <a href={`/reports${qs}`} className={button} title={t("report.pdfNeedsState")}>
          {t("report.pdfButton")}
        </a>
      )}
    </div>
  );
}
