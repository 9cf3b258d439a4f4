/**
 * (c) GET /recommendations with the benchmark's filters against `next start`
 * on the synthetic database (signed in), beside the raw SQL the page needs
 * (search + facet counts on bare better-sqlite3).
 *
 * Two rows. "repeated view" asks for the same URL every time, as a reload or
 * a second reader would: the server reuses the counts (lib/data/search.ts
 * `cached`). "cold" makes every request a view the server has not counted yet
 * by adding `to=<year>` with a different year beyond all data each time — the
 * same results and the same work, but a new cache key — so it times the full
 * SQL on every request.
 */
import { BENCH_QUERY, rawFacets, rawSearch } from "./search";
import { measure, measureAsync } from "./stats";
import type { BenchRow, BenchSection } from "./types";

export const httpSection: BenchSection = {
  name: "http",
  run: async (ctx): Promise<BenchRow[]> => {
    if (!ctx.server)
      return [{ name: "(c) GET /recommendations", p50: NaN, p95: NaN, note: ctx.serverProblem ?? "no server" }];
    const { baseUrl, cookie } = ctx.server;
    const get = async (query: string) => {
      const res = await fetch(`${baseUrl}/recommendations?${query}`, { headers: { cookie }, redirect: "manual" });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`GET /recommendations answered ${res.status}`);
      return body.length;
    };
    const bytes = await get(BENCH_QUERY);
    const repeated = await measureAsync(() => get(BENCH_QUERY), ctx.iterations);
    // 2100 down to 2027: past every synthetic year (so the results do not change), 74 distinct views before one repeats.
    let i = 0;
    const cold = await measureAsync(() => get(`${BENCH_QUERY}&to=${2100 - (i++ % 74)}`), ctx.iterations);

    const now = new Date();
    const search = rawSearch(ctx, BENCH_QUERY, now);
    const facets = rawFacets(ctx, BENCH_QUERY, now);
    const raw = measure(() => {
      search.run();
      facets.run();
    }, ctx.iterations);
    const note = `${Math.round(bytes / 1024)} KiB HTML; raw = the page's SQL on bare better-sqlite3`;
    return [
      { name: `(c) GET /recommendations?${BENCH_QUERY}, cold`, ...cold, raw, target: "p50 ≤ 150 ms", note },
      {
        name: `(c) GET /recommendations?${BENCH_QUERY}, repeated view`,
        ...repeated,
        raw,
        target: "p50 ≤ 150 ms",
        note,
      },
    ];
  },
};
