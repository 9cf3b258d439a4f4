import type { DashboardFilters } from "@/lib/data/dashboard";

/** The public portal's dashboard filters: every published state (lib/domain/published.ts). */
export const PUBLIC_SCOPE: DashboardFilters = { state: [], body: [], theme: [], publishedOnly: true };
