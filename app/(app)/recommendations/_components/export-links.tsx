import { filtersToQueryString, type SearchFilters } from "@/lib/search/filters";

/** Downloads of exactly this view (every page of it), for every role. */
export function ExportLinks({ filters }: { filters: SearchFilters }) {
  const qs = filtersToQueryString({ ...filters, page: 1 });
  return (
    <>
      <a href={`/api/export/recommendations.csv${qs}`} download className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700">Download CSV</a>
      <a href={`/api/export/recommendations.xlsx${qs}`} download className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700">Download Excel</a>
    </>
  );
}
