import type { Metadata, Route } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/ui/card";
import { can } from "@/lib/auth/policy";
import { requestLocale, signedInContext, type RequestContext } from "@/lib/context";
import { facetCounts, searchRecommendations } from "@/lib/data/search";
import {
  activeFilterCount,
  effectiveSort,
  filtersToQueryString,
  parseFilters,
  SORTS,
  type SearchFilters,
} from "@/lib/search/filters";
import { ValidationError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { FacetPanel } from "../_components/facet-panel";
import { ResultItem } from "../_components/result-item";
import { ActiveFilters } from "../_components/active-filters";
import { ExportLinks } from "../_components/export-links";
import { FiltersDisclosure } from "../_components/filters-disclosure";
import { soleReportState } from "@/lib/data/report";
import { SentenceWith, SLOT } from "@/app/_components/ui/sentence-with";

export async function generateMetadata(): Promise<Metadata> {
  return { title: t("work.list.title", {}, await requestLocale()) };
}

const SORT_KEYS = {
  relevance: "work.list.sort.relevance",
  date: "work.list.sort.date",
  symbol: "work.list.sort.symbol",
  outstanding: "work.list.sort.outstanding",
} as const satisfies Record<(typeof SORTS)[number], string>;

function href(f: Partial<SearchFilters>): Route {
  return `/recommendations${filtersToQueryString(f)}`;
}

/** The results, or — for a query the search refuses (too long, not understood) — the reason and no results. */
function search(db: RequestContext["db"], filters: SearchFilters) {
  try {
    return { result: searchRecommendations(db, filters), counts: facetCounts(db, filters), problem: null };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return {
      result: { rows: [], total: 0, page: 1, per: filters.per },
      counts: facetCounts(db, { ...filters, q: undefined }),
      problem: error.message,
    };
  }
}

export default async function RecommendationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { db, actor } = await signedInContext();
  const filters = parseFilters(await searchParams);
  const mayListArchived = can(actor, "archive", "read");
  // archived=1 is for editors and admins (lib/auth/policy.ts); a viewer is told so, and shown nothing archived.
  if (filters.archived && !mayListArchived)
    return (
      <div className="space-y-5">
        <h1 className="text-2xl font-semibold text-slate-900">{t("list.archivedTitle")}</h1>
        <EmptyState title={t("list.archivedRefused")}>
          <Link className="text-brand underline" href="/recommendations">
            {t("list.archivedBack")}
          </Link>
        </EmptyState>
      </div>
    );
  const { result, counts, problem } = search(db, filters);
  const { sort, dir } = effectiveSort(filters);
  const pages = Math.max(1, Math.ceil(result.total / result.per));
  const first = (result.page - 1) * result.per + 1;

  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">
            {filters.archived ? t("list.archivedTitle") : t("work.list.title")}
          </h1>
          <p className="text-slate-600" data-testid="result-count" aria-live="polite">
            {problem ? null : t("count.recommendations", { count: result.total })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {mayListArchived && (
            <Link
              href={href({ ...filters, archived: !filters.archived, page: 1 })}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium"
              data-testid="archived-toggle"
            >
              {filters.archived ? t("list.showLive") : t("list.showArchived")}
            </Link>
          )}
          <ExportLinks filters={filters} reportState={soleReportState(db)} />
          {can(actor, "recommendation", "create") && (
            <Link href="/recommendations/new" className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white">
              {t("work.list.new")}
            </Link>
          )}
        </div>
      </header>

      <form
        method="get"
        action="/recommendations"
        role="search"
        className="flex flex-wrap items-end gap-2 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
      >
        {/* The other filters ride along so a new query keeps the facets chosen. */}
        {[
          ...filtersToQueryString({ ...filters, q: undefined, page: 1, sort: undefined, dir: undefined })
            .replace(/^\?/, "")
            .split("&")
            .filter(Boolean),
        ].map((pair, i) => {
          const [k, v] = pair.split("=").map(decodeURIComponent);
          return <input key={i} type="hidden" name={k} value={v} />;
        })}
        <label htmlFor="q" className="w-full text-sm font-medium text-slate-700 sm:w-auto sm:flex-1">
          {t("work.list.searchLabel")}
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder={t("work.list.searchPlaceholder")}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base font-normal"
          />
        </label>
        <label htmlFor="sort" className="text-sm font-medium text-slate-700">
          {t("work.list.sortBy")}
          <select
            id="sort"
            name="sort"
            defaultValue={sort}
            className="mt-1 block rounded-md border border-slate-300 px-2 py-2 font-normal"
          >
            {SORTS.filter((s) => s !== "relevance" || filters.q).map((s) => (
              <option key={s} value={s}>
                {t(SORT_KEYS[s])}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="dir" className="text-sm font-medium text-slate-700">
          {t("work.list.order")}
          <select
            id="dir"
            name="dir"
            defaultValue={dir}
            className="mt-1 block rounded-md border border-slate-300 px-2 py-2 font-normal"
          >
            <option value="desc">{t("work.list.desc")}</option>
            <option value="asc">{t("work.list.asc")}</option>
          </select>
        </label>
        <button className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
          {t("work.list.searchButton")}
        </button>
      </form>

      <ActiveFilters filters={filters} counts={counts} />

      <div className="grid gap-5 lg:grid-cols-[18rem_1fr]">
        <aside className="no-print min-w-0">
          <FiltersDisclosure active={activeFilterCount(filters)}>
            <FacetPanel counts={counts} filters={filters} />
          </FiltersDisclosure>
        </aside>
        <section aria-label={t("work.list.results")} className="min-w-0">
          {problem ? (
            <p
              data-testid="search-problem"
              aria-live="polite"
              className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900"
            >
              {problem}
            </p>
          ) : result.total === 0 ? (
            <EmptyState title={t("work.list.emptyTitle")}>
              {activeFilterCount(filters) > 0 ? (
                <p>
                  <SentenceWith
                    text={t("work.list.emptyHint", { link: SLOT })}
                    slot={
                      <Link className="text-brand underline" href="/recommendations">
                        {t("work.list.startAgain")}
                      </Link>
                    }
                  />
                </p>
              ) : (
                <p>
                  {can(actor, "recommendation", "create") ? t("work.list.nothingYetEditor") : t("work.list.nothingYet")}
                </p>
              )}
            </EmptyState>
          ) : (
            <div className="rounded-xl border border-slate-200 bg-white px-4 shadow-sm">
              <ol className="divide-y divide-slate-100" data-testid="results">
                {result.rows.map((r) => (
                  <ResultItem key={r.id} r={r} />
                ))}
              </ol>
            </div>
          )}
          {result.total > 0 && (
            <nav
              aria-label={t("work.list.pages")}
              className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm"
            >
              <span className="text-slate-600">
                {t("search.showing", {
                  first,
                  last: Math.min(result.total, first + result.rows.length - 1),
                  total: result.total,
                })}
              </span>
              <span className="flex items-center gap-3">
                {result.page > 1 && (
                  <Link
                    rel="prev"
                    className="text-brand hover:underline"
                    href={href({ ...filters, page: result.page - 1 })}
                  >
                    {t("work.list.previous")}
                  </Link>
                )}
                <span>{t("pager.pageOf", { page: result.page, pages })}</span>
                {result.page < pages && (
                  <Link
                    rel="next"
                    className="text-brand hover:underline"
                    href={href({ ...filters, page: result.page + 1 })}
                  >
                    {t("work.list.next")}
                  </Link>
                )}
              </span>
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}
