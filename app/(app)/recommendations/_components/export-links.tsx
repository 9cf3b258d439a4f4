import { ExportButtons } from "@/app/_components/export-buttons";
import type { SearchFilters } from "@/lib/search/filters";

/** Downloads of exactly this view (every page of it, in its order), for every role. */
export function ExportLinks({ filters, reportState }: { filters: SearchFilters; reportState?: string | null }) {
  return <ExportButtons filters={filters} reportState={reportState} />;
}
