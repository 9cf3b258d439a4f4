import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db";
import type { GradeLetter, Stance, Status } from "../../db/schema/enums";

/**
 * Dashboard aggregates (issue 5). Every number is counted in SQL over the
 * denormalised, indexed columns of `recommendations` (status, latest_stance,
 * latest_grade, year, chain_start_year …), one query per chart at most, so the
 * page stays fast at 300,000 rows. The filters are the ones the
 * /recommendations list takes under the same URL names, and every bucket here
 * is exactly a list query (see app/(app)/_components/dashboard/links.ts).
 */

export type StatusKey = Status | "none";
export type StatusCounts = Record<StatusKey, number>;

/**
 * The subset of the list's filters (lib/search/filters.ts, same names) the
 * dashboard offers — issue 5: state, body, theme, year range.
 */
export type DashboardFilters = {
  state: string[];
  body: string[];
  theme: string[];
  from?: number;
  to?: number;
};

/** Clock inputs, injectable so tests do not depend on the day they run. */
export type DashboardClock = { today: string; year: number };
/** The same reading of "now" as lib/search/sql.ts's searchContext (UTC). */
export const systemClock = (now = new Date()): DashboardClock => ({ today: now.toISOString().slice(0, 10), year: now.getUTCFullYear() });

/** "Unimplemented" for years outstanding: assessed as not implemented, or as having regressed. */
export const UNIMPLEMENTED: Status[] = ["not_implemented", "regressed"];

/** Width of a years-outstanding histogram bar, in years. */
export const YEARS_BUCKET = 5;

const emptyCounts = (): StatusCounts => ({
  not_implemented: 0, regressed: 0, partially_implemented: 0, implemented: 0, no_information: 0, none: 0,
});

const list = (values: (string | number)[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** The WHERE clause for the filters (alias `r`). Same semantics as the list: AND across facets, OR within one. */
export function filterWhere(f: DashboardFilters): SQL {
  const parts: SQL[] = [sql`r.archived_at IS NULL`];
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
 * An overdue follow-up, exactly as the list's `overdue` filter means it
 * (lib/search/sql.ts): picked for follow-up; the deadline in force — the
 * recommendation's own, else its cycle's — has passed, a partial date ("2018",
 * "2018-07") being due at the END of the period it names; no state response
 * other than "no response" is recorded; and no grade other than D ("no
 * follow-up report received") has been given. The deadline subquery runs only
 * for follow-ups (AND short-circuits left to right).
 */
export function overdueSql(today: string): SQL {
  return sql`(r.is_follow_up = 1 AND COALESCE(r.latest_stance, 'no_response') = 'no_response' AND COALESCE(r.latest_grade, 'D') = 'D'
    AND (SELECT CASE length(dl) WHEN 4 THEN dl || '-12-31' WHEN 7 THEN dl || '-31' ELSE dl END
         FROM (SELECT COALESCE(r.follow_up_deadline, (SELECT c.follow_up_deadline FROM review_cycles c WHERE c.id = r.cycle_id)) AS dl)) < ${today})`;
}

/** A state response: any recorded stance other than "no response". */
export const RESPONDED_STANCES: Stance[] = ["accepts", "partially_accepts", "rejects", "no_information"];

/** The SQL of every dashboard aggregate, shared by the page and the benchmark (which times it raw). */
export function dashboardQueries(f: DashboardFilters, clock: DashboardClock) {
  const where = filterWhere(f);
  const since = sql`COALESCE(r.chain_start_year, r.year)`;
  // With a theme filter, the theme chart shows only the chosen themes: a row for
  // another theme would count "chosen AND other", which no list link can express.
  const themeNames = f.theme.length ? sql` AND name IN (${list(f.theme)})` : sql``;
  return {
    summary: sql`
      SELECT COUNT(*) AS total,
        COALESCE(SUM(r.latest_stance IN (${list(RESPONDED_STANCES)})), 0) AS responded,
        COALESCE(SUM(r.status = 'not_implemented'), 0) AS not_implemented,
        COALESCE(SUM(r.status = 'regressed'), 0) AS regressed,
        COALESCE(SUM(r.status = 'partially_implemented'), 0) AS partially_implemented,
        COALESCE(SUM(r.status = 'implemented'), 0) AS implemented,
        COALESCE(SUM(r.status = 'no_information'), 0) AS no_information,
        COALESCE(SUM(r.status IS NULL), 0) AS none,
        COALESCE(SUM(r.reiterates_earlier), 0) AS reiterated,
        COALESCE(SUM(${overdueSql(clock.today)}), 0) AS overdue
      FROM recommendations r WHERE ${where}`,
    byBody: sql`
      SELECT b.code AS key, b.name AS label, g.status AS status, g.n AS n
      FROM (SELECT r.body_id, r.status, COUNT(*) AS n FROM recommendations r WHERE ${where} GROUP BY r.body_id, r.status) g
      JOIN bodies b ON b.id = g.body_id
      ORDER BY b.code`,
    byTheme: sql`
      WITH g AS (
        SELECT rt.tag_id, r.status, COUNT(*) AS n
        FROM recommendation_tags rt JOIN recommendations r ON r.id = rt.recommendation_id
        WHERE rt.tag_id IN (SELECT id FROM tags WHERE kind = 'theme'${themeNames}) AND ${where}
        GROUP BY rt.tag_id, r.status
      ), top AS (
        SELECT g.tag_id, SUM(g.n) AS total FROM g JOIN tags t ON t.id = g.tag_id
        GROUP BY g.tag_id ORDER BY total DESC, t.name LIMIT 10
      )
      SELECT t.name AS key, t.name AS label, g.status AS status, g.n AS n
      FROM g JOIN top ON top.tag_id = g.tag_id JOIN tags t ON t.id = g.tag_id
      ORDER BY top.total DESC, t.name`,
    byYear: sql`
      SELECT r.year AS key, r.status AS status, COUNT(*) AS n
      FROM recommendations r WHERE ${where} AND r.year IS NOT NULL
      GROUP BY r.year, r.status ORDER BY r.year`,
    yearsOutstanding: sql`
      SELECT (${clock.year} - ${since}) AS years, ${since} AS since, COUNT(*) AS n
      FROM recommendations r
      WHERE ${where} AND r.status IN (${list(UNIMPLEMENTED)}) AND ${since} IS NOT NULL
      GROUP BY ${since} ORDER BY years`,
    grades: sql`
      SELECT r.latest_grade AS grade, COUNT(*) AS n
      FROM recommendations r WHERE ${where} AND r.latest_grade IS NOT NULL
      GROUP BY r.latest_grade ORDER BY r.latest_grade`,
    stances: sql`
      SELECT r.latest_stance AS stance, COUNT(*) AS n
      FROM recommendations r WHERE ${where}
      GROUP BY r.latest_stance`,
  } satisfies Record<string, SQL>;
}

export type DashboardQueryName = keyof ReturnType<typeof dashboardQueries>;

export type Summary = {
  total: number;
  responded: number;
  counts: StatusCounts;
  reiterated: number;
  overdue: number;
};

export function getSummary(db: Executor, f: DashboardFilters, clock = systemClock()): Summary {
  const row = db.get<Record<string, number>>(dashboardQueries(f, clock).summary)!;
  const counts = emptyCounts();
  for (const k of Object.keys(counts) as StatusKey[]) counts[k] = row[k] ?? 0;
  return { total: row.total, responded: row.responded, counts, reiterated: row.reiterated, overdue: row.overdue };
}

export type StatusGroup = { key: string; label: string; total: number; counts: StatusCounts };

function foldGroups(rows: { key: string | number; label?: string; status: Status | null; n: number }[]): StatusGroup[] {
  const out = new Map<string, StatusGroup>();
  for (const r of rows) {
    const key = String(r.key);
    const g = out.get(key) ?? { key, label: r.label ?? key, total: 0, counts: emptyCounts() };
    g.counts[r.status ?? "none"] += r.n;
    g.total += r.n;
    out.set(key, g);
  }
  return [...out.values()];
}

export function getStatusByBody(db: Executor, f: DashboardFilters, clock = systemClock()): StatusGroup[] {
  return foldGroups(db.all(dashboardQueries(f, clock).byBody));
}

/** The ten themes with the most recommendations (ties by name), largest first; only the chosen ones when filtered by theme. */
export function getStatusByTheme(db: Executor, f: DashboardFilters, clock = systemClock()): StatusGroup[] {
  return foldGroups(db.all(dashboardQueries(f, clock).byTheme));
}

/** Status of the recommendations issued in each year (the year of their cycle or document). */
export function getStatusByYear(db: Executor, f: DashboardFilters, clock = systemClock()): StatusGroup[] {
  return foldGroups(db.all(dashboardQueries(f, clock).byYear));
}

/** `sinceFrom`/`sinceTo`: the range of "outstanding since" years the bar covers (null = unbounded). */
export type YearsBucket = { from: number; to: number | null; sinceFrom: number | null; sinceTo: number | null; n: number };
export type YearsOutstanding = { total: number; median: number | null; buckets: YearsBucket[] };

/**
 * Years since the reiteration chain began ("outstanding since"), for the
 * recommendations assessed as not implemented or regressed. The median is exact:
 * it is read off the per-year counts SQL returns.
 */
export function getYearsOutstanding(db: Executor, f: DashboardFilters, clock = systemClock()): YearsOutstanding {
  const rows = db.all<{ years: number; since: number; n: number }>(dashboardQueries(f, clock).yearsOutstanding);
  const total = rows.reduce((a, r) => a + r.n, 0);
  return { total, median: medianOf(rows), buckets: bucketYears(rows, clock.year) };
}

function medianOf(rows: { years: number; n: number }[]): number | null {
  const total = rows.reduce((a, r) => a + r.n, 0);
  if (total === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const r of rows) {
      seen += r.n;
      if (index < seen) return r.years;
    }
    return rows[rows.length - 1].years;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** Five-year bars; the last one is open-ended from 20 years. Bars in between stay, at zero, so the axis reads true. */
function bucketYears(rows: { years: number; n: number }[], year: number): YearsBucket[] {
  if (rows.length === 0) return [];
  const OPEN_FROM = 20;
  const max = Math.min(Math.max(...rows.map((r) => Math.max(r.years, 0))), OPEN_FROM);
  const buckets: YearsBucket[] = [];
  for (let from = 0; from <= max; from += YEARS_BUCKET) {
    const open = from >= OPEN_FROM;
    const to = open ? null : from + YEARS_BUCKET - 1;
    const n = rows.filter((r) => Math.max(r.years, 0) >= from && (to === null || Math.max(r.years, 0) <= to)).reduce((a, r) => a + r.n, 0);
    // A chain that starts after the reference year (data entry ahead of time) counts as 0 years.
    buckets.push({ from, to, sinceFrom: to === null ? null : year - to, sinceTo: from === 0 ? null : year - from, n });
  }
  return buckets;
}

export type GradeCount = { grade: GradeLetter; n: number };

export function getGrades(db: Executor, f: DashboardFilters, clock = systemClock()): GradeCount[] {
  const rows = db.all<GradeCount>(dashboardQueries(f, clock).grades);
  const by = new Map(rows.map((r) => [r.grade, r.n]));
  return (["A", "B", "C", "D", "E"] as const).map((grade) => ({ grade, n: by.get(grade) ?? 0 }));
}

export type StanceKey = Stance | "none";
export type StanceCount = { stance: StanceKey; n: number };
const STANCE_ORDER: StanceKey[] = ["accepts", "partially_accepts", "rejects", "no_information", "no_response", "none"];

/** Latest state response per recommendation; "none" = nothing recorded yet. */
export function getStances(db: Executor, f: DashboardFilters, clock = systemClock()): StanceCount[] {
  const rows = db.all<{ stance: Stance | null; n: number }>(dashboardQueries(f, clock).stances);
  const by = new Map(rows.map((r) => [r.stance ?? "none", r.n]));
  return STANCE_ORDER.map((stance) => ({ stance, n: by.get(stance) ?? 0 }));
}

export type FilterOptions = {
  states: { code: string; name: string }[];
  bodies: { code: string; name: string }[];
  themes: string[];
  years: { min: number | null; max: number | null };
};

/** Choices for the dashboard's filter form (active records only). */
export function getFilterOptions(db: Executor): FilterOptions {
  return {
    states: db.all(sql`SELECT code, name FROM states WHERE archived_at IS NULL ORDER BY name`),
    bodies: db.all(sql`SELECT code, name FROM bodies WHERE archived_at IS NULL ORDER BY code`),
    themes: db.all<{ name: string }>(sql`SELECT name FROM tags WHERE kind = 'theme' AND archived_at IS NULL ORDER BY name`).map((r) => r.name),
    years: db.get<{ min: number | null; max: number | null }>(sql`SELECT MIN(year) AS min, MAX(year) AS max FROM recommendations`)!,
  };
}
