import "server-only";
import { currentIntlLocale } from "../i18n/current-locale";
import { bodyName, stateName } from "../i18n/place-names";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import type { GradeLetter, Stance, Status } from "../../db/schema/enums";
import { dashboardQueries, YEARS_BUCKET, type DashboardFilters } from "../dashboard/sql";
import { clockAt, type Clock } from "../domain/clock";
import { RESPONDED_STANCES } from "../domain/predicates";
import { emptyCounts, type StatusCounts } from "../domain/status-counts";
import { medianYearsOutstanding } from "../domain/outstanding";
import { cachedQuery } from "./query-cache";

/** Rows of one dashboard query, remembered while the data is unchanged (lib/data/query-cache.ts). */
function rowsOf<T>(
  db: Executor,
  name: keyof ReturnType<typeof dashboardQueries>,
  f: DashboardFilters,
  clock: Clock,
): T[] {
  return cachedQuery(db, `dashboard ${name} ${JSON.stringify(f)} ${JSON.stringify(clock)}`, () =>
    db.all<T>(dashboardQueries(f, clock)[name]),
  );
}

/*
 * Dashboard aggregates: runs the SQL of lib/dashboard/sql.ts (one
 * query per chart) and shapes the rows into small DTOs for the charts.
 */
export type { DashboardFilters } from "../dashboard/sql";

export type GradeCount = { grade: GradeLetter; n: number };
export type StanceKey = Stance | "none";
export type StanceCount = { stance: StanceKey; n: number };
const STANCE_ORDER: StanceKey[] = [
  "accepts",
  "partially_accepts",
  "noted",
  "rejects",
  "no_information",
  "no_response",
  "none",
];
const GRADE_ORDER: GradeLetter[] = ["A", "B", "C", "D", "E"];

export type Summary = {
  total: number;
  responded: number;
  counts: StatusCounts;
  reiterated: number;
  overdue: number;
  /** Latest state response per recommendation; "none" = nothing recorded yet. */
  stances: StanceCount[];
  /** Latest follow-up grade, A to E (recommendations without a grade are not counted). */
  grades: GradeCount[];
};

/** KPI figures, status shares, stances and grades: one pass over the rows. */
export function getSummary(db: Executor, f: DashboardFilters, clock = clockAt()): Summary {
  type Group = {
    status: Status | null;
    stance: Stance | null;
    grade: GradeLetter | null;
    reiterated: number;
    n: number;
    overdue: number;
  };
  const counts = emptyCounts();
  const stances = new Map<StanceKey, number>();
  const grades = new Map<GradeLetter, number>();
  let total = 0,
    responded = 0,
    reiterated = 0,
    overdue = 0;
  for (const g of rowsOf<Group>(db, "summary", f, clock)) {
    overdue += g.overdue;
    if (!g.n) continue;
    total += g.n;
    counts[g.status ?? "none"] += g.n;
    const stance: StanceKey = g.stance ?? "none";
    stances.set(stance, (stances.get(stance) ?? 0) + g.n);
    if (g.stance && RESPONDED_STANCES.includes(g.stance)) responded += g.n;
    if (g.grade) grades.set(g.grade, (grades.get(g.grade) ?? 0) + g.n);
    if (g.reiterated) reiterated += g.n;
  }
  return {
    total,
    responded,
    counts,
    reiterated,
    overdue,
    stances: STANCE_ORDER.map((stance) => ({ stance, n: stances.get(stance) ?? 0 })),
    grades: GRADE_ORDER.map((grade) => ({ grade, n: grades.get(grade) ?? 0 })),
  };
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

export type StatusCube = { byBody: StatusGroup[]; byYear: StatusGroup[] };

/**
 * Status by body and status by year of issue from one grouped pass
 * (body × year × status). Years run oldest first; recommendations without a
 * year count under their body but not in any year.
 */
export function getStatusCube(db: Executor, f: DashboardFilters, clock = clockAt()): StatusCube {
  const rows = rowsOf<{ body: string; bodyName: string; year: number | null; status: Status | null; n: number }>(
    db,
    "statusCube",
    f,
    clock,
  );
  const byBody = foldGroups(
    rows.map((r) => ({ key: r.body, label: bodyName(r.body, r.bodyName), status: r.status, n: r.n })),
  );
  const byYear = foldGroups(
    rows.filter((r) => r.year !== null).map((r) => ({ key: r.year!, status: r.status, n: r.n })),
  );
  return {
    byBody: byBody.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)),
    byYear: byYear.sort((x, y) => Number(x.key) - Number(y.key)),
  };
}

export const getStatusByBody = (db: Executor, f: DashboardFilters, clock = clockAt()) =>
  getStatusCube(db, f, clock).byBody;
export const getStatusByYear = (db: Executor, f: DashboardFilters, clock = clockAt()) =>
  getStatusCube(db, f, clock).byYear;

/** The ten themes with the most recommendations (ties by name), largest first; only the chosen ones when filtered by theme. */
export function getStatusByTheme(db: Executor, f: DashboardFilters, clock = clockAt()): StatusGroup[] {
  return foldGroups(rowsOf(db, "byTheme", f, clock));
}

export type YearsBucket = { from: number; to: number | null; n: number };
export type YearsOutstanding = { total: number; median: number | null; buckets: YearsBucket[] };

/**
 * Years since the reiteration chain began ("outstanding since"), for the
 * outstanding recommendations (lib/domain/outstanding.ts). The median is exact:
 * it is read off the per-year counts SQL returns, by the one function the report uses too.
 */
export function getYearsOutstanding(db: Executor, f: DashboardFilters, clock = clockAt()): YearsOutstanding {
  const rows = rowsOf<{ years: number; since: number; n: number }>(db, "yearsOutstanding", f, clock);
  const total = rows.reduce((a, r) => a + r.n, 0);
  return { total, median: medianYearsOutstanding(rows), buckets: bucketYears(rows) };
}

/**
 * Five-year bars; the last one is open-ended from 20 years. Bars in between
 * stay, at zero, so the axis reads true. A chain that starts after the reference year (entered ahead of time) counts as 0 years.
 */
function bucketYears(rows: { years: number; n: number }[]): YearsBucket[] {
  if (rows.length === 0) return [];
  const OPEN_FROM = 20;
  const max = Math.min(Math.max(...rows.map((r) => Math.max(r.years, 0))), OPEN_FROM);
  const buckets: YearsBucket[] = [];
  for (let from = 0; from <= max; from += YEARS_BUCKET) {
    const open = from >= OPEN_FROM;
    const to = open ? null : from + YEARS_BUCKET - 1;
    const n = rows
      .filter((r) => Math.max(r.years, 0) >= from && (to === null || Math.max(r.years, 0) <= to))
      .reduce((a, r) => a + r.n, 0);
    buckets.push({ from, to, n });
  }
  return buckets;
}

export type InstitutionCount = { id: number; name: string; stateCode: string; n: number };

/** Recommendations with a live action naming each institution, most first (the top INSTITUTIONS_SHOWN). */
export function getByInstitution(db: Executor, f: DashboardFilters, clock = clockAt()): InstitutionCount[] {
  // Institutions belong to the work plan, which the public scope never shows.
  if (f.publishedOnly) return [];
  return rowsOf<InstitutionCount>(db, "byInstitution", f, clock);
}

export const getGrades = (db: Executor, f: DashboardFilters, clock = clockAt()) => getSummary(db, f, clock).grades;
export const getStances = (db: Executor, f: DashboardFilters, clock = clockAt()) => getSummary(db, f, clock).stances;

export type FilterOptions = {
  states: { code: string; name: string }[];
  bodies: { code: string; name: string }[];
  themes: string[];
  years: { min: number | null; max: number | null };
};

/** States in the reader's alphabetical order (their names are in the reader's language). */
function localeSorted<T extends { name: string }>(rows: T[]): T[] {
  const collator = new Intl.Collator(currentIntlLocale());
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

/** Choices for the dashboard's filter form (active records only). */
export function getFilterOptions(db: Executor): FilterOptions {
  return {
    states: localeSorted(
      db
        .all<{ code: string; name: string }>(sql`SELECT code, name FROM states WHERE archived_at IS NULL`)
        .map((s) => ({ code: s.code, name: stateName(s.code, s.name) })),
    ),
    bodies: db
      .all<{ code: string; name: string }>(sql`SELECT code, name FROM bodies WHERE archived_at IS NULL ORDER BY code`)
      .map((b) => ({ code: b.code, name: bodyName(b.code, b.name) })),
    themes: db
      .all<{ name: string }>(sql`SELECT name FROM tags WHERE kind = 'theme' AND archived_at IS NULL ORDER BY name`)
      .map((r) => r.name),
    // Two subqueries, not MIN and MAX in one SELECT: SQLite reads one end of the year index for each instead of scanning.
    years: db.get<{ min: number | null; max: number | null }>(
      sql`SELECT (SELECT MIN(year) FROM recommendations) AS min, (SELECT MAX(year) FROM recommendations) AS max`,
    ),
  };
}
