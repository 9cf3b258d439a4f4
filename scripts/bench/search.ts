/**
 * (a) search with a query and three facets, (b) facet counts for the same
 * filters — each through lib/data/search and as the very same SQL on the bare
 * better-sqlite3 handle, in the same run, so the ratio is the data layer's
 * own overhead (URL parsing, SQL building, mapping, highlighting).
 */
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { facetCounts, searchRecommendations } from "../../lib/data/search";
import { parseFilters } from "../../lib/search/filters";
import { buildFacetQuery, buildRowsQuery, buildSearchQueries, searchContext } from "../../lib/search/sql";
import { measure } from "./stats";
import type { BenchContext, BenchRow, BenchSection } from "./types";

/** The filters the benchmark searches with; also the URL of section (c). */
export const BENCH_QUERY = "q=religion&body=CCPR&status=not_implemented&from=2010";
export const BENCH_QUERY_FACETS3 = "body=CCPR&body=CAT&status=not_implemented&theme=Torture+and+other+cruel%2C+inhuman+or+degrading+treatment";

const dialect = new SQLiteSyncDialect();

function section(ctx: BenchContext, label: string, query: string): BenchRow[] {
  const c = ctx.db.$client;
  const params = new URLSearchParams(query);
  const now = new Date();
  const filters = parseFilters(params);
  const sctx = searchContext(now);
  const q = buildSearchQueries(filters, sctx);
  const count = dialect.sqlToQuery(q.count);
  const page = dialect.sqlToQuery(q.page);
  const ids = (c.prepare(page.sql).all(...page.params) as { id: number }[]).map((r) => r.id);
  const rows = dialect.sqlToQuery(buildRowsQuery(ids, sctx));
  const facets = dialect.sqlToQuery(buildFacetQuery(filters, sctx));

  const rawSearch = measure(() => {
    c.prepare(count.sql).get(...count.params);
    const got = (c.prepare(page.sql).all(...page.params) as { id: number }[]).map((r) => r.id);
    c.prepare(rows.sql).all(...(got.length ? dialect.sqlToQuery(buildRowsQuery(got, sctx)).params : rows.params));
  }, ctx.iterations);
  const dalSearch = measure(() => searchRecommendations(ctx.db, parseFilters(params), { now }), ctx.iterations);
  const rawFacets = measure(() => c.prepare(facets.sql).all(...facets.params), ctx.iterations);
  const dalFacets = measure(() => facetCounts(ctx.db, parseFilters(params), { now }), ctx.iterations);
  const total = searchRecommendations(ctx.db, filters, { now }).total;
  return [
    { name: `(a) search ${label}`, ...dalSearch, raw: rawSearch, target: "p95 ≤ 50 ms", note: `${total} results` },
    { name: `(b) facet counts ${label}`, ...dalFacets, raw: rawFacets, target: "p95 ≤ 50 ms" },
  ];
}

export const searchSection: BenchSection = {
  name: "search",
  run: (ctx) => [
    ...section(ctx, `?${BENCH_QUERY}`, BENCH_QUERY),
    ...section(ctx, "three facets, no query", BENCH_QUERY_FACETS3),
    ...section(ctx, "nothing chosen (first visit)", ""),
  ],
};
