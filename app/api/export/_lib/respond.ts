import "server-only";
import { activeFilterCount, emptyFilters, type SearchFilters } from "@/lib/search/filters";

export type ExportFormat = "csv" | "xlsx" | "pdf";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/**
 * "recommendations-KAZ-CCPR-2026-12-01.xlsx", "report-KAZ-years-2011-2016-assessed-2026-12-01.pdf":
 * what the file holds, the states and bodies chosen when there are few (so a folder of downloads
 * sorts by country and says which bodies), the years, "filtered" when any other filter (a theme,
 * a search, a status…) narrows it — so it is never taken for the whole record — "assessed" for a
 * report that leaves out what is not assessed, and the UTC date of the export. Codes are
 * validated A–Z, digits and hyphens and the rest is fixed words, so the name is plain ASCII.
 */
export function exportFileName(
  filters: Pick<SearchFilters, "state"> & Partial<SearchFilters>,
  format: ExportFormat,
  now: Date,
  kind: "recommendations" | "report" = "recommendations",
  { assessedOnly = false }: { assessedOnly?: boolean } = {},
): string {
  const few = (codes: string[] | undefined) => (codes && codes.length >= 1 && codes.length <= 3 ? codes : []);
  const { from, to } = filters;
  const years =
    from !== undefined && to !== undefined
      ? from === to
        ? [`year-${from}`]
        : [`years-${from}-${to}`]
      : from !== undefined
        ? [`from-${from}`]
        : to !== undefined
          ? [`until-${to}`]
          : [];
  const others = activeFilterCount({
    ...emptyFilters(),
    ...filters,
    state: [],
    body: [],
    from: undefined,
    to: undefined,
  });
  return (
    [
      kind,
      ...few(filters.state),
      ...few(filters.body),
      ...years,
      ...(others > 0 ? ["filtered"] : []),
      ...(assessedOnly ? ["assessed"] : []),
      now.toISOString().slice(0, 10),
    ].join("-") + `.${format}`
  );
}

export function fileResponse(body: ReadableStream<Uint8Array>, format: ExportFormat, fileName: string): Response {
  return new Response(body, {
    headers: {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${fileName}"`,
      // Exports hold data behind sign-in: never kept by a shared cache.
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
