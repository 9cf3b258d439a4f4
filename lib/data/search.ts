import "server-only";
import { inArray } from "drizzle-orm";
import type { Executor } from "../../db";
import { bodies, states } from "../../db/schema";
import { GRADE_LETTERS, STANCES, STATUSES } from "../../db/schema/enums";
import { filtersToQueryString, type SearchFilters } from "../search/filters";
import { searching } from "../search/fts-query";
import { highlight, queryTerms, type QueryTerms } from "../search/highlight";
import { buildFacetQuery, buildRowsQuery, buildSearchQueries } from "../search/sql";
import { clockAt, type Clock } from "../domain/clock";
import type { FacetCounts, FacetValue, RecommendationListItem, SearchResult } from "../search/types";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { parseRecommendingStates } from "../domain/recommending-states";
import { institutionNames } from "./institutions";
import { cachedQuery } from "./query-cache";
import { bodyName, stateName } from "../i18n/place-names";

/**
 * Search and facet counts over every (non-archived) recommendation — the
 * /recommendations page, GET /api/v1/recommendations and the dashboard's
 * click-through all call these with filters from lib/search/filters.
 * The SQL lives in lib/search/sql.ts; see there for what each filter means.
 */

type Options = {
  now?: Date;
  /** Reuse counts from an unchanged database (default true; the benchmark turns it off to time the SQL). */
  cache?: boolean;
};

type RawRow = Omit<
  RecommendationListItem,
  "snippet" | "reiteratesEarlier" | "reiteratedLater" | "isFollowUp" | "overdue" | "recommendingStates"
> & {
  recommendingStates: string | null;
  reiteratesEarlier: number;
  reiteratedLater: number;
  isFollowUp: number;
  overdue: number;
};

/** archived=1 lists archived recommendations: for editors and admins only (the access policy's "archive" row). */
export function assertListScope(actor: Actor | null | undefined, filters: Pick<SearchFilters, "archived">) {
  if (filters.archived) assertCan(actor, "archive", "read");
}

export function searchRecommendations(db: Executor, filters: SearchFilters, opts: Options = {}): SearchResult {
  return searching(() => runSearch(db, filters, opts));
}

function runSearch(db: Executor, filters: SearchFilters, opts: Options): SearchResult {
  const ctx = clockAt(opts.now);
  const q = buildSearchQueries(filters, ctx);
  // The total is the same on every page and in every order: paging through 300,000 rows does not recount them.
  const total = cached(db, opts, `total ${ctx.today} ${countKey(filters)}`, () => db.get<{ n: number }>(q.count).n);
  const ids = total ? db.all<{ id: number }>(q.page).map((r) => r.id) : [];
  const terms = q.match ? queryTerms(filters.q) : null;
  const rows = ids.length ? orderLike(ids, db.all<RawRow>(buildRowsQuery(ids, ctx))).map((r) => toItem(r, terms)) : [];
  return { rows, total, page: filters.page, per: filters.per };
}

function orderLike(ids: number[], rows: RawRow[]): RawRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is RawRow => !!r);
}

function toItem(r: RawRow, terms: QueryTerms | null): RecommendationListItem {
  return {
    ...r,
    stateName: stateName(r.stateCode, r.stateName),
    snippet: terms ? highlight(r.text, terms) : null,
    recommendingStates: parseRecommendingStates(r.recommendingStates),
    reiteratesEarlier: !!r.reiteratesEarlier,
    reiteratedLater: !!r.reiteratedLater,
    isFollowUp: !!r.isFollowUp,
    overdue: !!r.overdue,
  };
}

type FacetRow = { facet: string; value: string | number | null; label: string | null; n: number };

const TAG_FACET: Record<string, "theme" | "affected" | "sdg"> = {
  theme: "theme",
  affected_persons: "affected",
  sdg: "sdg",
};

/**
 * Counts per value of every facet for the current filters, each facet counted
 * with all the OTHER facets applied. One SQL statement, its answer reused
 * while the database is unchanged (see `cached`). Values the user has
 * chosen are listed even at zero so they can be unticked; the enumerated
 * facets (status, stance, grade) list every value in their fixed order.
 */
export function facetCounts(db: Executor, filters: SearchFilters, opts: Options = {}): FacetCounts {
  const ctx = clockAt(opts.now);
  const out = structuredClone(
    cached(db, opts, `facets ${ctx.today} ${countKey(filters)}`, () => searching(() => countFacets(db, filters, ctx))),
  );
  // Named after the cache, in the reader's language: one cached count serves every language.
  for (const v of out.state) v.label = stateName(v.value, String(v.label ?? v.value));
  for (const v of out.body) v.label = bodyName(v.value, String(v.label ?? v.value));
  return out;
}

/** Facet counts with nothing counted yet: every facet empty, every flag 0. */
export function emptyFacetCounts(): FacetCounts {
  return {
    state: [],
    body: [],
    cycle: [],
    year: [],
    status: [],
    stance: [],
    grade: [],
    theme: [],
    affected: [],
    sdg: [],
    institution: [],
    reiterated: 0,
    overdue: 0,
    noresponse: 0,
    outstanding: 0,
  };
}

function countFacets(db: Executor, filters: SearchFilters, ctx: Clock): FacetCounts {
  const rows = db.all<FacetRow>(buildFacetQuery(filters, ctx));
  const out = emptyFacetCounts();
  const enumCounts = {
    status: new Map<string, number>(),
    stance: new Map<string, number>(),
    grade: new Map<string, number>(),
  };
  for (const r of rows) {
    switch (r.facet) {
      case "state":
      case "body":
        out[r.facet].push({ value: String(r.value), label: r.label ?? String(r.value), count: r.n });
        break;
      case "cycle":
      case "year":
        if (r.value !== null) out[r.facet].push({ value: Number(r.value), label: String(r.value), count: r.n });
        break;
      case "status":
      case "stance":
      case "grade":
        enumCounts[r.facet].set(r.value === null ? "none" : String(r.value), r.n);
        break;
      case "institution":
        out.institution.push({ value: Number(r.value), label: r.label ?? String(r.value), count: r.n });
        break;
      case "reiterated":
      case "overdue":
      case "noresponse":
      case "outstanding":
        out[r.facet] = r.n;
        break;
      default: {
        const key = TAG_FACET[r.facet];
        if (key) out[key].push({ value: String(r.value), label: String(r.value), count: r.n });
      }
    }
  }
  const enumerate = <V extends string>(values: readonly V[], counts: Map<string, number>): FacetValue<V | "none">[] =>
    [...values, "none" as const].map((v) => ({ value: v, label: v, count: counts.get(v) ?? 0 }));
  out.status = enumerate(STATUSES, enumCounts.status);
  out.stance = enumerate(STANCES, enumCounts.stance);
  out.grade = enumerate(GRADE_LETTERS, enumCounts.grade);

  const byCount = (a: FacetValue<string | number>, b: FacetValue<string | number>) =>
    b.count - a.count || String(a.label).localeCompare(String(b.label));
  labelChosen(db, out, filters);
  for (const key of ["theme", "affected", "sdg"] as const) keepChosen(out[key], filters[key], (v) => v);
  for (const key of ["state", "body", "theme", "affected", "sdg"] as const) out[key].sort(byCount);
  keepChosen(out.cycle, filters.cycle, String);
  // A chosen institution is named even at zero, except in the public scope, which names none.
  const chosenInstitutions = filters.publishedOnly ? [] : filters.institution;
  const names = institutionNames(
    db,
    chosenInstitutions.filter((id) => !out.institution.some((v) => v.value === id)),
  );
  keepChosen(out.institution, chosenInstitutions, (id) => names.get(id) ?? String(id));
  out.institution.sort(byCount);
  out.cycle.sort((a, b) => a.value - b.value);
  out.year.sort((a, b) => a.value - b.value);
  return out;
}

/** Chosen states and bodies with no result still need their names. */
function labelChosen(db: Executor, out: FacetCounts, filters: SearchFilters) {
  for (const key of ["state", "body"] as const) {
    const missing = filters[key].filter((c) => !out[key].some((v) => v.value === c));
    if (missing.length) {
      const table = key === "state" ? states : bodies;
      const names = new Map(
        db
          .select({ code: table.code, name: table.name })
          .from(table)
          .where(inArray(table.code, missing))
          .all()
          .map((r) => [r.code, r.name]),
      );
      for (const c of missing) out[key].push({ value: c, label: names.get(c) ?? c, count: 0 });
    }
  }
}

function keepChosen<V extends string | number>(values: FacetValue<V>[], chosen: readonly V[], label: (v: V) => string) {
  const have = new Set(values.map((v) => v.value));
  for (const c of chosen) if (!have.has(c)) values.push({ value: c, label: label(c), count: 0 });
}

/** The filters that decide a count: everything but the page, its size and the order. */
function countKey(f: SearchFilters): string {
  // The public scope is not in the URL, so it goes into the key itself: a private count must never answer a public view.
  const scope = f.publishedOnly ? "published " : "";
  return scope + filtersToQueryString({ ...f, page: 1, per: undefined, sort: undefined, dir: undefined });
}

/**
 * Counts are pure functions of the filters, "today" (overdue) and the data, so
 * an unchanged database answers a repeated view — above all the first visit,
 * which counts all 300,000 recommendations — from memory
 * (lib/data/query-cache.ts says when the memory is dropped).
 */
function cached<T>(db: Executor, opts: Options, key: string, compute: () => T): T {
  return cachedQuery(db, key, compute, opts.cache !== false);
}
