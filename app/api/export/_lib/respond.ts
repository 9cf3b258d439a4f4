import "server-only";
import type { SearchFilters } from "@/lib/search/filters";

export type ExportFormat = "csv" | "xlsx" | "pdf";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/**
 * "recommendations-KAZ-CCPR-2026-12-01.xlsx", "report-KAZ-2026-12-01.pdf":
 * what the file holds, the states and bodies chosen when there are few (so a
 * folder of downloads sorts by country and says which bodies), and the UTC date
 * of the export. Codes are validated A–Z, digits and hyphens, so the name is
 * plain ASCII and needs no escaping.
 */
export function exportFileName(
  filters: Pick<SearchFilters, "state"> & Partial<Pick<SearchFilters, "body">>,
  format: ExportFormat,
  now: Date,
  kind: "recommendations" | "report" = "recommendations",
): string {
  const few = (codes: string[] | undefined) => (codes && codes.length >= 1 && codes.length <= 3 ? codes : []);
  return [kind, ...few(filters.state), ...few(filters.body), now.toISOString().slice(0, 10)].join("-") + `.${format}`;
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
