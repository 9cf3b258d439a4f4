/**
 * The public portal in `npm run bench`: `/public`, a published state's page and its searchable
 * list, fetched signed out from `next start` on the synthetic database, beside the signed-in
 * dashboard (`GET /`) measured in the same run as the baseline. The portal shows published
 * states only, so the section publishes the largest state first (a write to the bench database).
 * "cold" commits a change from this process before every request, which moves the server's
 * PRAGMA data_version: the page as the first visitor after an edit sees it.
 * Target: p50 ≤ 150 ms at 300,000 recommendations, repeated views cached per data version.
 */
import { dataChange, measureAsync } from "./stats";
import type { BenchRow, BenchSection } from "./types";

export const publicSection: BenchSection = {
  name: "public",
  run: async (ctx): Promise<BenchRow[]> => {
    if (!ctx.server) return [{ name: "public portal", p50: NaN, p95: NaN, note: ctx.serverProblem ?? "no server" }];
    const c = ctx.db.$client;
    const largest = c
      .prepare(
        `SELECT s.code FROM recommendations r JOIN states s ON s.id = r.state_id
         GROUP BY r.state_id ORDER BY COUNT(*) DESC LIMIT 1`,
      )
      .get() as { code: string } | undefined;
    if (!largest) return [{ name: "public portal", p50: NaN, p95: NaN, note: "no recommendations" }];
    c.prepare("UPDATE states SET published = 1 WHERE code = ?").run(largest.code);
    const change = dataChange(ctx.db);

    const { baseUrl, cookie } = ctx.server;
    const getter =
      (path: string, headers: Record<string, string> = {}) =>
      async () => {
        const res = await fetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
        await res.text();
        if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
      };
    const dashboard = getter("/", { cookie });
    const baseline = await measureAsync(dashboard, ctx.iterations);
    const baselineCold = await measureAsync(dashboard, ctx.iterations, 3, change);

    const rows: BenchRow[] = [];
    const note = `state ${largest.code} published; raw = signed-in GET / in the same run`;
    for (const path of ["/public", `/public/states/${largest.code}`, `/public/recommendations?state=${largest.code}`]) {
      const get = getter(path);
      const cold = await measureAsync(get, ctx.iterations, 3, change);
      rows.push({ name: `GET ${path} signed out, cold`, ...cold, raw: baselineCold, target: "p50 ≤ 150 ms", note });
      const repeated = await measureAsync(get, ctx.iterations);
      rows.push({
        name: `GET ${path} signed out, repeated view`,
        ...repeated,
        raw: baseline,
        target: "p50 ≤ 150 ms",
        note,
      });
    }
    return rows;
  },
};
