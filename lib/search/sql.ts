/**
 * The SQL behind search and facet counts, built from SearchFilters. Pure (no
 * database access) so the benchmark can run exactly this SQL on bare
 * better-sqlite3 beside the data layer, and so tests can read the plans.
 *
 * Everything filters on the denormalised columns of `recommendations` (kept
 * by lib/data/derived.ts); the text goes through the FTS5 index of migration
 * 0001_search_fts. Values are always bound parameters.
 */
import { sql, type SQL } from "drizzle-orm";
import { effectiveSort, type MultiFacet, type FlagFacet, type SearchFilters } from "./filters";
import { toFtsQuery } from "./fts-query";

export type SearchContext = {
  /** ISO date (YYYY-MM-DD) that "overdue" is measured against. */
  today: string;
  /** Year that "years outstanding" is counted to. */
  currentYear: number;
};

export function searchContext(now = new Date()): SearchContext {
  return { today: now.toISOString().slice(0, 10), currentYear: now.getUTCFullYear() };
}

const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** `col IN (…)`, where the pseudo-value "none" means "nothing recorded" (NULL). */
function inOrNone(col: SQL, values: readonly string[]): SQL {
  const real = values.filter((v) => v !== "none");
  const parts: SQL[] = [];
  if (real.length) parts.push(sql`${col} IN (${list(real)})`);
  if (real.length !== values.length) parts.push(sql`${col} IS NULL`);
  return sql`(${sql.join(parts, sql` OR `)})`;
}

const TAG_KIND = { theme: "theme", affected: "affected_persons", sdg: "sdg" } as const;

function tagCondition(kind: keyof typeof TAG_KIND, names: readonly string[]): SQL {
  return sql`r.id IN (SELECT rt.recommendation_id FROM recommendation_tags rt JOIN tags t ON t.id = rt.tag_id WHERE t.kind = ${TAG_KIND[kind]} AND t.name IN (${list(names)}))`;
}

/**
 * The follow-up deadline in force (the recommendation's own, else its cycle's),
 * as the last day of the period a partial date names ("2018" → 2018-12-31).
 */
const DEADLINE_END = sql`(SELECT CASE length(dl) WHEN 4 THEN dl || '-12-31' WHEN 7 THEN dl || '-31' ELSE dl END FROM (SELECT COALESCE(r.follow_up_deadline, (SELECT c.follow_up_deadline FROM review_cycles c WHERE c.id = r.cycle_id)) AS dl))`;

/**
 * Overdue follow-up (docs/benchmarks.md "Definitions"): a recommendation picked
 * for follow-up whose deadline has passed while the state has sent nothing —
 * no response other than "no response" is recorded, and the committee has
 * given no grade other than D ("no follow-up report received").
 */
function overdueExpr(ctx: SearchContext): SQL {
  return sql`(r.is_follow_up = 1 AND COALESCE(r.latest_stance, 'no_response') = 'no_response' AND COALESCE(r.latest_grade, 'D') = 'D' AND ${DEADLINE_END} < ${ctx.today})`;
}

/** No state response yet: none recorded, or the latest says the state did not respond. */
const NO_RESPONSE = sql`(r.latest_stance IS NULL OR r.latest_stance = 'no_response')`;
/** "Reiterated": the recommendation repeats an earlier one — the UN had to ask again. */
const REITERATED = sql`(r.reiterates_earlier = 1)`;

type FacetKey = MultiFacet | "year" | FlagFacet;

/** The condition each active facet puts on `r`; inactive facets are absent. */
function facetConditions(f: SearchFilters, ctx: SearchContext): Map<FacetKey, SQL> {
  const m = new Map<FacetKey, SQL>();
  if (f.state.length) m.set("state", sql`r.state_id IN (SELECT id FROM states WHERE code IN (${list(f.state)}))`);
  if (f.body.length) m.set("body", sql`r.body_id IN (SELECT id FROM bodies WHERE code IN (${list(f.body)}))`);
  if (f.cycle.length) m.set("cycle", sql`r.cycle_id IN (SELECT id FROM review_cycles WHERE ordinal IN (${list(f.cycle)}))`);
  if (f.from !== undefined && f.to !== undefined) m.set("year", sql`r.year BETWEEN ${f.from} AND ${f.to}`);
  else if (f.from !== undefined) m.set("year", sql`r.year >= ${f.from}`);
  else if (f.to !== undefined) m.set("year", sql`r.year <= ${f.to}`);
  if (f.status.length) m.set("status", inOrNone(sql`r.status`, f.status));
  if (f.stance.length) m.set("stance", inOrNone(sql`r.latest_stance`, f.stance));
  if (f.grade.length) m.set("grade", inOrNone(sql`r.latest_grade`, f.grade));
  for (const k of ["theme", "affected", "sdg"] as const) if (f[k].length) m.set(k, tagCondition(k, f[k]));
  if (f.reiterated) m.set("reiterated", REITERATED);
  if (f.overdue) m.set("overdue", overdueExpr(ctx));
  if (f.noresponse) m.set("noresponse", NO_RESPONSE);
  return m;
}

/** Conditions every query shares: not archived, and the text query if any. */
function baseConditions(f: SearchFilters): { where: SQL[]; match: string | null } {
  const match = toFtsQuery(f.q);
  const where = [sql`r.archived_at IS NULL`];
  if (match) where.push(sql`r.id IN (SELECT rowid FROM recommendation_search WHERE recommendation_search MATCH ${match})`);
  return { where, match };
}

const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` AND `) : sql`1`);

/** Sort keys; every order ends with the id so pages never overlap or skip a row. */
function orderBy(f: SearchFilters, hasMatch: boolean): SQL {
  const { sort, dir } = effectiveSort(f);
  const d = dir === "asc" ? sql`ASC` : sql`DESC`;
  switch (sort) {
    case "relevance":
      if (hasMatch) return sql`p.rank, p.id`;
      return sql`r.year DESC, r.id DESC`;
    case "symbol":
      return sql`d.symbol IS NULL, d.symbol ${d}, CAST(r.paragraph AS INTEGER) ${d}, r.paragraph ${d}, r.id ${d}`;
    case "outstanding":
      // Still-open recommendations first, the longest outstanding (earliest chain start) first by default.
      return dir === "desc"
        ? sql`(COALESCE(r.status, '') = 'implemented' OR r.chain_start_year IS NULL), r.chain_start_year ASC, r.id ASC`
        : sql`(COALESCE(r.status, '') = 'implemented' OR r.chain_start_year IS NULL), r.chain_start_year DESC, r.id DESC`;
    default:
      // Unknown years sort as the earliest (SQLite's NULL order), which lets the year index give the order.
      return sql`r.year ${d}, r.id ${d}`;
  }
}

/** Total count and one page of ids in order (snippets are fetched for that page only). */
export function buildSearchQueries(f: SearchFilters, ctx: SearchContext): { count: SQL; page: SQL; match: string | null } {
  const { where, match } = baseConditions(f);
  const facets = [...facetConditions(f, ctx).values()];
  const all = [...where, ...facets];
  const count = sql`SELECT COUNT(*) AS n FROM recommendations r WHERE ${and(all)}`;
  const { sort } = effectiveSort(f);
  const offset = (f.page - 1) * f.per;
  let page: SQL;
  if (sort === "relevance" && match) {
    // bm25 weights: subject 3×, text 1×, paragraph and symbol ½× (a symbol hit says little about relevance).
    page = sql`SELECT r.id FROM (
        SELECT rowid AS id, bm25(recommendation_search, 1.0, 3.0, 0.5, 0.5) AS rank FROM recommendation_search WHERE recommendation_search MATCH ${match}
      ) p JOIN recommendations r ON r.id = p.id
      WHERE r.archived_at IS NULL AND ${and(facets)}
      ORDER BY ${orderBy(f, true)} LIMIT ${f.per} OFFSET ${offset}`;
  } else {
    const join = sort === "symbol" ? sql`LEFT JOIN documents d ON d.id = r.document_id` : sql``;
    page = sql`SELECT r.id FROM recommendations r ${join} WHERE ${and(all)} ORDER BY ${orderBy(f, false)} LIMIT ${f.per} OFFSET ${offset}`;
  }
  return { count, page, match };
}

/** The rows of one page, by id (highlighting is done on them in lib/search/highlight). */
export function buildRowsQuery(ids: number[], ctx: SearchContext): SQL {
  return sql`SELECT r.id, d.symbol, r.paragraph, r.subject, r.text,
      s.code AS stateCode, s.name AS stateName, b.code AS bodyCode, c.ordinal AS cycleOrdinal, r.year, r.status, r.status_date AS statusDate,
      r.latest_stance AS latestStance, r.latest_grade AS latestGrade, r.chain_start_year AS chainStartYear,
      CASE WHEN COALESCE(r.status, '') <> 'implemented' AND r.chain_start_year IS NOT NULL THEN ${ctx.currentYear} - r.chain_start_year END AS yearsOutstanding,
      r.reiterates_earlier AS reiteratesEarlier, r.reiterated_later AS reiteratedLater, r.is_follow_up AS isFollowUp,
      COALESCE(r.follow_up_deadline, c.follow_up_deadline) AS followUpDeadline, ${overdueExpr(ctx)} AS overdue, r.version
    FROM recommendations r
    JOIN states s ON s.id = r.state_id
    JOIN bodies b ON b.id = r.body_id
    JOIN review_cycles c ON c.id = r.cycle_id
    LEFT JOIN documents d ON d.id = r.document_id
    WHERE r.id IN (${list(ids.length ? ids : [0])})`;
}

/**
 * Every facet's counts in one statement. The matching rows are materialised
 * once with a 0/1 column per active facet; each facet then counts the rows
 * that pass every OTHER active facet (the usual faceted-search rule: choosing
 * KAZ does not hide the other states' counts). Rows failing two or more
 * facets can count nowhere, so they are left out of the base up front.
 */
export function buildFacetQuery(f: SearchFilters, ctx: SearchContext): SQL {
  const { where } = baseConditions(f);
  const conds = facetConditions(f, ctx);
  const active = [...conds.keys()];
  const col = (k: FacetKey) => sql.raw(`m_${k}`);
  const mCols = active.map((k) => sql`, CASE WHEN ${conds.get(k)!} THEN 1 ELSE 0 END AS ${col(k)}`);
  const pre = active.length >= 2 ? [sql`(${sql.join(active.map((k) => sql`CASE WHEN ${conds.get(k)!} THEN 1 ELSE 0 END`), sql` + `)}) >= ${active.length - 1}`] : [];
  const others = (k: FacetKey | null) => and(active.filter((a) => a !== k).map((a) => sql`${col(a)} = 1`));
  const flag = (k: FlagFacet, expr: SQL) => sql`, CASE WHEN ${expr} THEN 1 ELSE 0 END AS ${sql.raw(`f_${k}`)}`;
  const byId = (facet: string, column: string, table: string, key: FacetKey) =>
    sql`SELECT ${facet} AS facet, t.code AS value, t.name AS label, x.n AS n
      FROM (SELECT ${sql.raw(column)} AS k, COUNT(*) AS n FROM base WHERE ${others(key)} GROUP BY ${sql.raw(column)}) x JOIN ${sql.raw(table)} t ON t.id = x.k`;
  const byValue = (facet: string, column: string, key: FacetKey) =>
    sql`SELECT ${facet} AS facet, ${sql.raw(column)} AS value, NULL AS label, COUNT(*) AS n FROM base WHERE ${others(key)} GROUP BY ${sql.raw(column)}`;
  const flagCount = (k: FlagFacet) => sql`SELECT ${k} AS facet, NULL AS value, NULL AS label, COALESCE(SUM(${sql.raw(`f_${k}`)}), 0) AS n FROM base WHERE ${others(k)}`;
  const tagKindOthers = sql.join(
    (["theme", "affected", "sdg"] as const).map((k) => sql`(t.kind = ${TAG_KIND[k]} AND ${others(k)})`),
    sql` OR `,
  );
  return sql`WITH base AS MATERIALIZED (
      SELECT r.id, r.state_id, r.body_id, r.cycle_id, r.year, r.status, r.latest_stance, r.latest_grade
        ${flag("reiterated", REITERATED)}${flag("overdue", overdueExpr(ctx))}${flag("noresponse", NO_RESPONSE)}
        ${sql.join(mCols, sql``)}
      FROM recommendations r WHERE ${and([...where, ...pre])}
    )
    ${byId("state", "state_id", "states", "state")}
    UNION ALL ${byId("body", "body_id", "bodies", "body")}
    UNION ALL SELECT 'cycle', c.ordinal, NULL, SUM(x.n) FROM (SELECT cycle_id AS k, COUNT(*) AS n FROM base WHERE ${others("cycle")} GROUP BY cycle_id) x JOIN review_cycles c ON c.id = x.k GROUP BY c.ordinal
    UNION ALL ${byValue("year", "year", "year")}
    UNION ALL ${byValue("status", "status", "status")}
    UNION ALL ${byValue("stance", "latest_stance", "stance")}
    UNION ALL ${byValue("grade", "latest_grade", "grade")}
    UNION ALL SELECT t.kind, t.name, NULL, COUNT(*) FROM base CROSS JOIN recommendation_tags rt ON rt.recommendation_id = base.id CROSS JOIN tags t ON t.id = rt.tag_id
      WHERE t.archived_at IS NULL AND (${tagKindOthers}) GROUP BY rt.tag_id
    UNION ALL ${flagCount("reiterated")}
    UNION ALL ${flagCount("overdue")}
    UNION ALL ${flagCount("noresponse")}`;
}
