/**
 * (c) GET /recommendations with the benchmark's filters against `next start`
 * on the synthetic database (signed in), beside the raw SQL the page needs
 * (search + facet counts on bare better-sqlite3).
 */
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { parseFilters } from "../../lib/search/filters";
import { buildFacetQuery, buildRowsQuery, buildSearchQueries, searchContext } from "../../lib/search/sql";
import { BENCH_QUERY } from "./search";
import { measure, measureAsync } from "./stats";
import type { BenchRow, BenchSection } from "./types";

export const httpSection: BenchSection = {
  name: "(c) GET /recommendations",
  run: async (ctx): Promise<BenchRow[]> => {
    if (!ctx.server) return [{ name: "(c) GET /recommendations", p50: NaN, p95: NaN, note: ctx.serverProblem ?? "no server" }];
    const { baseUrl, cookie } = ctx.server;
    const url = `${baseUrl}/recommendations?${BENCH_QUERY}`;
    const get = async () => {
      const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`GET /recommendations answered ${res.status}`);
      return body.length;
    };
    const bytes = await get();
    const http = await measureAsync(get, ctx.iterations);

    const c = ctx.db.$client;
    const d = new SQLiteSyncDialect();
    const filters = parseFilters(new URLSearchParams(BENCH_QUERY));
    const sctx = searchContext();
    const q = buildSearchQueries(filters, sctx);
    const [count, page, facets] = [d.sqlToQuery(q.count), d.sqlToQuery(q.page), d.sqlToQuery(buildFacetQuery(filters, sctx))];
    const raw = measure(() => {
      c.prepare(count.sql).get(...count.params);
      const ids = (c.prepare(page.sql).all(...page.params) as { id: number }[]).map((r) => r.id);
      const rows = d.sqlToQuery(buildRowsQuery(ids, sctx));
      c.prepare(rows.sql).all(...rows.params);
      c.prepare(facets.sql).all(...facets.params);
    }, ctx.iterations);
    return [{ name: `(c) GET /recommendations?${BENCH_QUERY}`, ...http, raw, target: "p50 ≤ 150 ms", note: `${Math.round(bytes / 1024)} KiB HTML` }];
  },
};
