/**
 * The dashboard section of `npm run bench`: for three views — all
 * recommendations, one state, one theme over fifteen years — the data layer's
 * aggregates and the server render of `/` (HTTP GET against `next start`,
 * signed in), each beside the bare-SQL time of the same aggregates
 * (lib/dashboard/sql.ts run directly on better-sqlite3), as a ratio.
 * Target: server render p50 ≤ 300 ms at 300,000 recommendations.
 */
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import type { DB } from "../../db";
import { getStatusByTheme, getStatusCube, getSummary, getYearsOutstanding } from "../../lib/data/dashboard";
import { dashboardQueries, type DashboardFilters } from "../../lib/dashboard/sql";
import { clockAt } from "../../lib/domain/clock";
import { filtersToSearchParams } from "../../lib/search/filters";
import { forgetCachedQueries } from "../../lib/data/query-cache";
import { dataChange, measure, measureAsync } from "./stats";
import type { BenchContext, BenchRow, BenchSection } from "./types";

type Scenario = { name: string; filters: DashboardFilters };

/** The views measured, chosen from the data: everything, the largest state, the largest theme over the last 15 years. */
function scenarios(db: DB): Scenario[] {
  const c = db.$client;
  const state = c
    .prepare(
      "SELECT s.code FROM recommendations r JOIN states s ON s.id = r.state_id GROUP BY r.state_id ORDER BY COUNT(*) DESC LIMIT 1",
    )
    .get() as { code: string } | undefined;
  const theme = c
    .prepare(
      `SELECT t.name FROM recommendation_tags rt JOIN tags t ON t.id = rt.tag_id WHERE t.kind = 'theme'
    GROUP BY rt.tag_id ORDER BY COUNT(*) DESC LIMIT 1`,
    )
    .get() as { name: string } | undefined;
  const maxYear =
    (c.prepare("SELECT MAX(year) AS y FROM recommendations").get() as { y: number | null }).y ??
    new Date().getUTCFullYear();
  const out: Scenario[] = [{ name: "all recommendations", filters: { state: [], body: [], theme: [] } }];
  if (state) out.push({ name: `state=${state.code}`, filters: { state: [state.code], body: [], theme: [] } });
  if (theme)
    out.push({
      name: "largest theme, last 15 years",
      filters: { state: [], body: [], theme: [theme.name], from: maxYear - 14, to: maxYear },
    });
  return out;
}

export async function benchDashboard(ctx: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dialect = new SQLiteSyncDialect();
  for (const s of scenarios(ctx.db)) {
    const clock = clockAt();
    const statements = Object.values(dashboardQueries(s.filters, clock)).map((q) => {
      const { sql, params } = dialect.sqlToQuery(q);
      return { stmt: ctx.db.$client.prepare(sql), params: params };
    });
    const raw = measure(() => {
      for (const st of statements) st.stmt.all(...st.params);
    }, ctx.iterations);
    const aggregates = () => {
      getSummary(ctx.db, s.filters, clock);
      getStatusCube(ctx.db, s.filters, clock);
      getStatusByTheme(ctx.db, s.filters, clock);
      getYearsOutstanding(ctx.db, s.filters, clock);
    };
    // Cold: nothing remembered, every aggregate computed (the first visit after any change to the data).
    const cold = measure(aggregates, ctx.iterations, 3, () => forgetCachedQueries(ctx.db));
    rows.push({ name: `dashboard aggregates, cold (${s.name})`, ...cold, raw, target: "≤ 1.5× raw SQL" });
    const repeated = measure(aggregates, ctx.iterations);
    rows.push({
      name: `dashboard aggregates, repeated view (${s.name})`,
      ...repeated,
      raw,
      note: "remembered while the data is unchanged",
    });

    const query = filtersToSearchParams(s.filters).toString();
    const label = `GET /${query ? `?${query}` : ""}`;
    if (!ctx.server) {
      rows.push({ name: `${label} (dashboard)`, p50: NaN, p95: NaN, note: ctx.serverProblem ?? "no server" });
      continue;
    }
    const { baseUrl, cookie } = ctx.server;
    const url = `${baseUrl}/${query ? `?${query}` : ""}`;
    const get = async () => {
      const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
      await res.text();
      if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
    };
    // A commit from this process moves the server's PRAGMA data_version, so the server forgets
    // what it remembered and renders the dashboard from SQL: the page as the first visitor after an edit sees it.
    const httpCold = await measureAsync(get, ctx.iterations, 3, dataChange(ctx.db));
    rows.push({
      name: `${label} (dashboard render, cold, ${s.name})`,
      ...httpCold,
      raw,
      target: "p50 ≤ 300 ms",
      note: "data changed before every request",
    });
    const httpRepeated = await measureAsync(get, ctx.iterations);
    rows.push({
      name: `${label} (dashboard render, repeated view, ${s.name})`,
      ...httpRepeated,
      raw,
      target: "p50 ≤ 300 ms",
    });
  }
  return rows;
}

/** For scripts/bench/run.ts's SECTIONS list. */
export const dashboardSection: BenchSection = { name: "dashboard", run: benchDashboard };
