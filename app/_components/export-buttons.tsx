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
 * for these filters and, when they name exactly one state, its report (the
 * printable page and the PDF). Plain links: they work without JavaScript and
 * for every role, viewers included; the routes check the session themselves.
 */
export function ExportButtons({
  filters,
  showReport = true,
}: {
  filters: Partial<SearchFilters>;
  showReport?: boolean;
}) {
  const qs = filtersToQueryString({ ...filters, page: 1, per: undefined });
  const state = filters.state?.length === 1 ? filters.state[0] : null;
  // The report keeps every filter but the state, which is in its path.
  const reportQs = state ? filtersToQueryString({ ...filters, state: [], page: 1, per: undefined }) : "";
  return (
    <div className="no-print flex flex-wrap items-center gap-2" data-testid="export-buttons">
      <a href={`/api/export/recommendations.csv${qs}`} download className={button}>
        <DownloadIcon />
        Download CSV
      </a>
      <a href={`/api/export/recommendations.xlsx${qs}`} download className={button}>
        <DownloadIcon />
        Download Excel
      </a>
      {state && showReport && (
        <>
          <a href={`/api/export/report.pdf${qs}`} download className={button}>
            <DownloadIcon />
            Download PDF report
          </a>
          <a href={`/reports/state/${state}${reportQs}`} className={button}>
            State report
          </a>
        </>
      )}
    </div>
  );
}
