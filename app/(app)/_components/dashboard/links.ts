import type { Route } from "next";
import { SHARE_FILTER_KEYS } from "@/lib/validation/share-links";
import type { DashboardFilters } from "@/lib/data/dashboard";
import {
  filtersToQueryString,
  filtersToSearchParams,
  parseFilters,
  type RawParams,
  type SearchFilters,
} from "@/lib/search/filters";

/**
 * The dashboard reads and writes its filters with the list's own module
 * (lib/search/filters.ts), so `/?state=KAZ&from=2010` and
 * `/recommendations?state=KAZ&from=2010` mean the same recommendations.
 */
export function parseDashboardFilters(params: RawParams): DashboardFilters {
  const f = parseFilters(params);
  return { state: f.state, body: f.body, theme: f.theme, from: f.from, to: f.to };
}

/**
 * The /recommendations list filtered to exactly what a dashboard number
 * counts: the dashboard's filters plus the facet of the bucket (a facet given
 * here replaces the dashboard's value for it, e.g. one body of several).
 */
export function listHref(f: DashboardFilters, facets: Partial<SearchFilters> = {}): Route {
  return `${listPath(f)}${filtersToQueryString({ ...f, ...facets })}`;
}

/** The two recommendation lists: the signed-in one and the public portal's. */
export type ListPath = "/recommendations" | "/public/recommendations";

/** The list a view's links lead to: the public portal's figures lead to its own list, which counts the same published rows. */
export function listPath(f: { publishedOnly?: boolean }): ListPath {
  return f.publishedOnly ? "/public/recommendations" : "/recommendations";
}

/** The dashboard's own URL for a set of filters. */
export function dashboardHref(f: DashboardFilters, base = "/"): string {
  return `${base}${filtersToQueryString(f)}`;
}

/**
 * A view's filters as its URL writes them, for a share link (`{"state": ["KAZ"], "from": "2010"}`):
 * only those a shared view honours (lib/validation/share-links.ts), which refuses any other.
 */
export function shareFilters(f: Partial<SearchFilters>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of filtersToSearchParams(f)) {
    if (!(SHARE_FILTER_KEYS as readonly string[]).includes(k)) continue;
    const had = out[k];
    out[k] = had === undefined ? v : [...(Array.isArray(had) ? had : [had]), v];
  }
  return out;
}
