/**
 * (a) search with a query and three facets, (b) facet counts for the same
 * filters — each through lib/data/search and as the very same SQL on the bare
 * better-sqlite3 handle, in the same run, so the ratio is the data layer's
 * own overhead (URL parsing, SQL building, mapping, highlighting).
 *
 * The data layer reuses counts while the database is unchanged (lib/data/search.ts
 * `cached`). The rows marked "cold" switch that off ({ cache: false }) and are
 * the ones compared with raw SQL and the targets; "repeated view" rows show
 * what the reuse gives a second visitor of the same view.
 */
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { facetCounts, searchRecommendations } from "../../lib/data/search";
import { parseFilters } from "../../lib/search/filters";
import { buildFacetQuery, buildRowsQuery, buildSearchQueries } from "../../lib/search/sql";
import { clockAt } from "../../lib/domain/clock";
import { measure } from "./stats";
import type { BenchContext, BenchRow, BenchSection } from "./types";

/** The filters the benchmark searches with; also the URL of section (c). */
export const BENCH_QUERY = "q=religion&body=CCPR&status=not_implemented&from=2010";
export const BENCH_QUERY_FACETS3 =
  "body=CCPR&body=CAT&status=not_implemented&theme=Torture+and+other+cruel%2C+inhuman+or+degrading+treatment";

const dialect = new SQLiteSyncDialect();

type Prepared = { run: () => unknown };

/** The statements the data layer runs for one search (count, page of ids, their rows), prepared on the bare handle. */
export function rawSearch(ctx: BenchContext, query: string, now: Date): Prepared {
  const c = ctx.db.$client;
  const filters = parseFilters(new URLSearchParams(query));
  const sctx = clockAt(now);
  const q = buildSearchQueries(filters, sctx);
  const count = dialect.sqlToQuery(q.count);
  const page = dialect.sqlToQuery(q.page);
  const [countStmt, pageStmt] = [c.prepare(count.sql), c.prepare(page.sql)];
  return {
    run: () => {
      const n = (countStmt.get(...count.params) as { n: number }).n;
      const ids = n ? (pageStmt.all(...page.params) as { id: number }[]).map((r) => r.id) : [];
      if (!ids.length) return;
      // The rows query has one bound id per row, as in the data layer.
      const rows = dialect.sqlToQuery(buildRowsQuery(ids, sctx));
      c.prepare(rows.sql).all(...rows.params);
    },
  };
}

export function rawFacets(ctx: BenchContext, query: string, now: Date): Prepared {
  const facets = dialect.sqlToQuery(buildFacetQuery(parseFilters(new URLSearchParams(query)), clockAt(now)));
  const stmt = ctx.db.$client.prepare(facets.sql);
  return { run: () => stmt.all(...facets.params) };
}

function section(ctx: BenchContext, label: string, query: string): BenchRow[] {
  const params = new URLSearchParams(query);
  const now = new Date();
  const cold = { now, cache: false };
  const total = searchRecommendations(ctx.db, parseFilters(params), cold).total;
  const rawS = measure(rawSearch(ctx, query, now).run, ctx.iterations);
  const dalS = measure(() => searchRecommendations(ctx.db, parseFilters(params), cold), ctx.iterations);
  const rawF = measure(rawFacets(ctx, query, now).run, ctx.iterations);
  const dalF = measure(() => facetCounts(ctx.db, parseFilters(params), cold), ctx.iterations);
  const warmS = measure(() => searchRecommendations(ctx.db, parseFilters(params), { now }), ctx.iterations);
  const warmF = measure(() => facetCounts(ctx.db, parseFilters(params), { now }), ctx.iterations);
  return [
    { name: `(a) search ${label}, cold`, ...dalS, raw: rawS, target: "p95 ≤ 50 ms", note: `${total} results` },
    { name: `(b) facet counts ${label}, cold`, ...dalF, raw: rawF, target: "p95 ≤ 50 ms" },
    { name: `(a) search ${label}, repeated view`, ...warmS, note: "total reused; page and rows run" },
    { name: `(b) facet counts ${label}, repeated view`, ...warmF, note: "reused until the next write" },
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
