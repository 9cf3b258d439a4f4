import type { Metadata, Route } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/ui/card";
import { ActiveFilters } from "@/app/(app)/recommendations/_components/active-filters";
import { FacetPanel } from "@/app/(app)/recommendations/_components/facet-panel";
import { ResultItem } from "@/app/(app)/recommendations/_components/result-item";
import { publicContext } from "@/lib/context";
import { facetCounts, searchRecommendations } from "@/lib/data/search";
import { ValidationError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { exportQueryString } from "@/lib/data/export";
import { filtersToQueryString, publicFilters, type SearchFilters } from "@/lib/search/filters";
import { PublicExportLinks } from "../_lib/export-links";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  await publicContext();
  return { title: t("public.recommendationsTitle") };
}

const href = (f: Partial<SearchFilters>): Route => `/public/recommendations${filtersToQueryString(f)}`;

/**
 * The public list: the workspace's search, facets and URL parameters over published states
 * only (publishedOnly is set here, never from the URL; archived rows are never public), less
 * the responsible-institution facet (publicFilters, lib/search/filters.ts).
 */
export default async function PublicRecommendations({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { db } = await publicContext();
  const filters = publicFilters(await searchParams);
  let problem: string | null = null;
  let result = { rows: [] as ReturnType<typeof searchRecommendations>["rows"], total: 0, page: 1, per: filters.per };
  let counts;
  try {
    result = searchRecommendations(db, filters);
    counts = facetCounts(db, filters);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    problem = error.message;
    counts = facetCounts(db, { ...filters, q: undefined });
  }
  const pages = Math.max(1, Math.ceil(result.total / result.per));
  const state = filters.state.length === 1 ? filters.state[0] : null;
  return (
    <div className="space-y-5">
      <nav aria-label={t("admin.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/public" className="hover:underline">
          {t("public.breadcrumb")}
        </Link>{" "}
        <span aria-hidden="true">/</span> {t("public.recommendationsTitle")}
      </nav>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("public.recommendationsTitle")}</h1>
          <p className="text-slate-600" data-testid="result-count" aria-live="polite">
            {problem ? null : t("count.recommendations", { count: result.total })}
          </p>
        </div>
        <PublicExportLinks query={exportQueryString(filters)} state={state} />
      </header>
      <form
        method="get"
        action="/public/recommendations"
        role="search"
        className="flex flex-wrap items-end gap-2 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
      >
        {filtersToQueryString({ ...filters, q: undefined, page: 1 })
          .replace(/^\?/, "")
          .split("&")
          .filter(Boolean)
          .map((pair, i) => {
            const [k, v] = pair.split("=").map(decodeURIComponent);
            return <input key={i} type="hidden" name={k} value={v} />;
          })}
        <label htmlFor="q" className="w-full text-sm font-medium text-slate-700 sm:w-auto sm:flex-1">
          {t("public.searchLabel")}
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base font-normal"
          />
        </label>
        <button className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
          {t("public.searchButton")}
        </button>
      </form>
      <ActiveFilters filters={filters} counts={counts} />
      <div className="grid gap-5 lg:grid-cols-[18rem_1fr]">
        <aside className="no-print">
          <FacetPanel counts={counts} filters={filters} />
        </aside>
        <section aria-label={t("admin.portal.results")} className="min-w-0">
          {problem ? (
            <p data-testid="search-problem" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
              {problem}
            </p>
          ) : result.total === 0 ? (
            <EmptyState title={t("public.noMatch")}>
              <Link className="text-brand underline" href="/public/recommendations">
                {t("public.startAgain")}
              </Link>
            </EmptyState>
          ) : (
            <div className="rounded-xl border border-slate-200 bg-white px-4 shadow-sm">
              <ol className="divide-y divide-slate-100" data-testid="results">
                {result.rows.map((r) => (
                  <ResultItem key={r.id} r={r} base="/public/recommendations" />
                ))}
              </ol>
            </div>
          )}
          {result.total > 0 && pages > 1 && (
            <nav aria-label={t("admin.pages")} className="mt-4 flex items-center justify-end gap-3 text-sm">
              {result.page > 1 && (
                <Link
                  rel="prev"
                  className="text-brand hover:underline"
                  href={href({ ...filters, page: result.page - 1 })}
                >
                  {t("public.previous")}
                </Link>
              )}
              <span>{t("pager.pageOf", { page: result.page, pages })}</span>
              {result.page < pages && (
                <Link
                  rel="next"
                  className="text-brand hover:underline"
                  href={href({ ...filters, page: result.page + 1 })}
                >
                  {t("public.next")}
                </Link>
              )}
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}
