/**
 * The SQL of every dashboard aggregate, built from the filters.
 * Pure — no database access, no "server-only" — so the benchmark
 * (scripts/bench/dashboard.ts) can run exactly this SQL on bare better-sqlite3
 * beside the app, as lib/search/sql.ts does for search. lib/data/dashboard.ts
 * executes it and shapes the results.
 *
 * Every number is counted over the denormalised, indexed columns of
 * `recommendations` (status, latest_stance, latest_grade, year,
 * chain_start_year …), one query per chart at most. The filters are the
 * /recommendations list's (lib/search/filters.ts) under the same names and
 * with the same meaning, so every bucket is exactly one list query.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Clock } from "../domain/clock";
import { outstandingSql } from "../domain/outstanding";
import { overdueFollowUpSql, rowScopeSql } from "../domain/predicates";

/**
 * The subset of the list's filters (lib/search/filters.ts, same names) the
 * dashboard offers: state, body, theme, year range.
 */
export type DashboardFilters = {
  state: string[];
  body: string[];
  theme: string[];
  from?: number;
  to?: number;
  /** Only published states (the public portal); never from a URL (lib/search/filters.ts). */
  publishedOnly?: boolean;
};

/** Width of a years-outstanding histogram bar, in years. */
export const YEARS_BUCKET = 5;

const list = (values: (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** The WHERE clause for the filters (alias `r`). Same semantics as the list: AND across facets, OR within one. */
export function filterWhere(f: DashboardFilters): SQL {
  const parts: SQL[] = [rowScopeSql({ publishedOnly: f.publishedOnly })];
  if (f.state.length) parts.push(sql`r.state_id IN (SELECT id FROM states WHERE code IN (${list(f.state)}))`);
  if (f.body.length) parts.push(sql`r.body_id IN (SELECT id FROM bodies WHERE code IN (${list(f.body)}))`);
  if (f.theme.length) {
    parts.push(sql`r.id IN (SELECT rt.recommendation_id FROM recommendation_tags rt JOIN tags t ON t.id = rt.tag_id
      WHERE t.kind = 'theme' AND t.name IN (${list(f.theme)}))`);
  }
  if (f.from !== undefined) parts.push(sql`r.year >= ${f.from}`);
  if (f.to !== undefined) parts.push(sql`r.year <= ${f.to}`);
  return sql.join(parts, sql` AND `);
}

/**
 * Where the rows come from. Without a selective filter every aggregate reads
 * every live row, and the covering partial index of migration 0002
 * (recommendations_search_facets_idx: every column counted here, archived rows
 * left out) is read instead of the wide table rows that carry the text — 2–10×
 * faster at 300,000 rows. SQLite does not always pick it on its own (it
 * prefers the narrower year index, then reads each row from the table), hence
 * INDEXED BY. A state, theme or year filter narrows the rows by its own index
 * first, and there the planner's choice is the right one.
 */
export const COVERING_INDEX = "recommendations_search_facets_idx";
const CUBE_INDEX = "recommendations_live_body_year_status_idx";
/** Migration 0008: the outstanding live rows, keyed by the chain's first year. */
const SINCE_INDEX = "recommendations_outstanding_since_idx";
// The public scope counts as a state filter: the unfiltered shortcuts read every state's rows.
const themesOnly = (f: DashboardFilters) =>
  !f.publishedOnly && !f.state.length && !f.body.length && f.from === undefined && f.to === undefined;
const isNarrow = (f: DashboardFilters) =>
  !!f.publishedOnly || f.state.length > 0 || f.theme.length > 0 || f.from !== undefined || f.to !== undefined;
function rowSource(f: DashboardFilters): SQL {
  return isNarrow(f) ? sql`recommendations r` : sql`recommendations r INDEXED BY ${sql.raw(COVERING_INDEX)}`;
}

/**
 * The SQL of every dashboard aggregate, shared by the page and the benchmark
 * (which times it raw). Four statements for seven charts and the KPI cards:
 * at 300,000 rows each pass over the table is what costs, so the charts that
 * can share a pass do — `summary` (KPIs, status shares, stances, grades) and
 * `statusCube` (status by body and by year) — and the two that need a
 * different row set (tags; unimplemented only) have their own.
 */
export function dashboardQueries(f: DashboardFilters, clock: Clock) {
  const where = filterWhere(f);
  const r = rowSource(f);
  const since = sql`COALESCE(r.chain_start_year, r.year)`;
  // With a theme filter, the theme chart shows only the chosen themes: a row for
  // another theme would count "chosen AND other", which no list link can express.
  const themeNames = f.theme.length ? sql` AND name IN (${list(f.theme)})` : sql``;
  // Without a state, theme or year filter the cube streams out of migration 0005's index, already grouped.
  const cubeSource = isNarrow(f) ? r : sql`recommendations r INDEXED BY ${sql.raw(CUBE_INDEX)}`;
  const unfiltered = themesOnly(f) && !f.theme.length;
  return {
    // KPIs, status shares, stances and grades: the rows grouped by the four columns they read
    // (a few hundred groups; lib/data/dashboard.ts adds them up), then the overdue count.
    // Unfiltered, the planner reads both parts from their own covering partial indexes
    // (migration 0003: recommendations_live_verdict_idx, recommendations_live_follow_up_idx)
    // — 50 ms at 300,000 rows against 360 ms for one pass of SUM(CASE …) over every row.
    summary: sql`
      SELECT r.status AS status, r.latest_stance AS stance, r.latest_grade AS grade, r.reiterates_earlier AS reiterated,
        COUNT(*) AS n, 0 AS overdue
      FROM ${unfiltered ? sql`recommendations r` : r} WHERE ${where}
      GROUP BY r.status, r.latest_stance, r.latest_grade, r.reiterates_earlier
      UNION ALL
      SELECT NULL, NULL, NULL, 0, 0, COUNT(*) FROM recommendations r WHERE ${where} AND ${overdueFollowUpSql(clock.today)}`,
    statusCube: sql`
      SELECT b.code AS body, b.name AS bodyName, g.year AS year, g.status AS status, g.n AS n
      FROM (SELECT r.body_id, r.year, r.status, COUNT(*) AS n FROM ${cubeSource} WHERE ${where} GROUP BY r.body_id, r.year, r.status) g
      JOIN bodies b ON b.id = g.body_id`,
    // Filtered by no more than themes, the links' own copies of status and
    // "not archived" (migration 0006) give the counts from one index, in order.
    // Otherwise CROSS JOIN keeps recommendations as the outer loop, so a state,
    // body or year filter narrows the rows before their tags are looked up, each
    // by one seek on the primary key (recommendation_id, tag_id); the unary +
    // keeps SQLite from seeking the tag index once per theme per row instead.
    byTheme: sql`
      WITH g AS (${
        themesOnly(f)
          ? sql`
        SELECT rt.tag_id, rt.recommendation_status AS status, COUNT(*) AS n
        FROM recommendation_tags rt
        WHERE rt.recommendation_live = 1 AND rt.tag_id IN (SELECT id FROM tags WHERE kind = 'theme'${themeNames})
        GROUP BY rt.tag_id, rt.recommendation_status`
          : sql`
        SELECT rt.tag_id, r.status, COUNT(*) AS n
        FROM ${r} CROSS JOIN recommendation_tags rt ON rt.recommendation_id = r.id
        WHERE ${where} AND +rt.tag_id IN (SELECT id FROM tags WHERE kind = 'theme'${themeNames})
        GROUP BY rt.tag_id, r.status`
      }
      ), top AS (
        SELECT g.tag_id, SUM(g.n) AS total FROM g JOIN tags t ON t.id = g.tag_id
        GROUP BY g.tag_id ORDER BY total DESC, t.name LIMIT 10
      )
      SELECT t.name AS key, t.name AS label, g.status AS status, g.n AS n
      FROM g JOIN top ON top.tag_id = g.tag_id JOIN tags t ON t.id = g.tag_id
      ORDER BY top.total DESC, t.name`,
    // Unfiltered: migration 0008's index holds exactly the outstanding rows keyed by "since"
    // (outstandingSql() repeats its WHERE literally, as SQLite needs to match a partial index).
    // Filtered: the unary + keeps SQLite from reading a third of the table through the status
    // index when a state filter's index would find a few hundred rows.
    yearsOutstanding: sql`
      SELECT (${clock.year} - ${since}) AS years, ${since} AS since, COUNT(*) AS n
      FROM ${unfiltered ? sql`recommendations r INDEXED BY ${sql.raw(SINCE_INDEX)}` : r}
      WHERE ${where} AND ${outstandingSql("r", { indexed: unfiltered })}
        AND ${since} IS NOT NULL
      GROUP BY ${since} ORDER BY years`,
    // Driven from the action links, which are few (one row per action and institution): each linked
    // recommendation is tested against the filters, so this costs the number of actions, not of rows.
    byInstitution: sql`
      SELECT i.id AS id, i.name AS name, s.code AS stateCode, COUNT(DISTINCT a.recommendation_id) AS n
      FROM action_institutions ai CROSS JOIN actions a ON a.id = ai.action_id
        CROSS JOIN recommendations r ON r.id = a.recommendation_id
        JOIN institutions i ON i.id = ai.institution_id JOIN states s ON s.id = i.state_id
      WHERE a.archived_at IS NULL AND i.archived_at IS NULL AND ${where}
      GROUP BY i.id ORDER BY n DESC, i.name LIMIT ${INSTITUTIONS_SHOWN}`,
  } satisfies Record<string, SQL>;
}

/** The "by responsible institution" chart shows this many institutions, most recommendations first. */
export const INSTITUTIONS_SHOWN = 15;

export type DashboardQueryName = keyof ReturnType<typeof dashboardQueries>;

/**
 * The dashboard's "Longest outstanding" list for the filters: outstanding
 * recommendations (lib/domain/outstanding.ts), the earliest chain first. A
 * chain is shown once, by its latest outstanding link: a recommendation that a
 * later outstanding one reiterates is left out. The rows come in order from
 * migration 0008's partial index and the list stops after `limit` of them;
 * only the rows kept are joined to their names.
 */
export function longestOutstandingSql(f: DashboardFilters, limit: number): SQL {
  const where = filterWhere(f);
  const since = sql`COALESCE(r.chain_start_year, r.year)`;
  // Unfiltered, the planner would rather gather the rows through the status index and sort them.
  const unfiltered = themesOnly(f) && !f.theme.length;
  return sql`
    SELECT r.id, r.subject, r.text, r.paragraph, d.symbol, s.code AS stateCode, s.name AS stateName, b.code AS bodyCode,
           c.upr_session AS uprSession, r.year, r.status, r.chain_start_year AS chainStartYear,
           r.reiterated_later AS reiteratedLater
    FROM (
      SELECT r.id, ${since} AS start FROM ${unfiltered ? sql`recommendations r INDEXED BY ${sql.raw(SINCE_INDEX)}` : sql`recommendations r`}
      WHERE ${where} AND ${outstandingSql("r")} AND ${since} IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM reiterations x JOIN recommendations l ON l.id = x.recommendation_id
          WHERE x.earlier_id = r.id AND x.archived_at IS NULL AND l.archived_at IS NULL AND ${outstandingSql("l")})
      ORDER BY ${since}, r.id LIMIT ${limit}
    ) AS pick
    JOIN recommendations r ON r.id = pick.id
    JOIN states s ON s.id = r.state_id
    JOIN bodies b ON b.id = r.body_id
    JOIN review_cycles c ON c.id = r.cycle_id
    LEFT JOIN documents d ON d.id = r.document_id
    ORDER BY pick.start, pick.id`;
}
