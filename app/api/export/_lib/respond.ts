import "server-only";
import type { SearchFilters } from "@/lib/search/filters";

export type ExportFormat = "csv" | "xlsx" | "pdf";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/**
 * "treaty-tracker-KAZ-2026-11-28.csv": the states in the name when there are
 * few (so a folder of downloads sorts by country), the UTC date of the export.
 * Codes are validated A–Z, so the name is plain ASCII and needs no escaping.
 */
export function exportFileName(
  filters: Pick<SearchFilters, "state">,
  format: ExportFormat,
  now: Date,
  kind?: "report",
): string {
  const states = filters.state.length >= 1 && filters.state.length <= 3 ? filters.state.join("-") : "recommendations";
  return ["treaty-tracker", kind, states, now.toISOString().slice(0, 10)].filter(Boolean).join("-") + `.${format}`;
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
