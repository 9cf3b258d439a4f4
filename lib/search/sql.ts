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
import type { Clock } from "../domain/clock";
import { outstandingSql } from "../domain/outstanding";
import { noResponseSql, overdueFollowUpSql, REITERATED_SQL, rowScopeSql } from "../domain/predicates";
import { recommendingStatesJsonSql } from "../domain/recommending-states";
import { toFtsQuery } from "./fts-query";

const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

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
  return sql`r.id IN (SELECT rt.recommendation_id FROM recommendation_tags rt JOIN tags t ON t.id = rt.tag_id
    WHERE t.kind = ${TAG_KIND[kind]} AND t.name IN (${list(names)}))`;
}

/** A recommendation with a live action naming one of these institutions (the actions table is small: read from it). */
function institutionCondition(ids: readonly number[]): SQL {
  return sql`r.id IN (SELECT a.recommendation_id FROM action_institutions ai
    CROSS JOIN actions a ON a.id = ai.action_id WHERE ai.institution_id IN (${list(ids)}) AND a.archived_at IS NULL)`;
}

/** Overdue follow-up, no response, reiterated: lib/domain/predicates.ts. */
const overdueExpr = (ctx: Clock) => overdueFollowUpSql(ctx.today);
const NO_RESPONSE = noResponseSql("r");
/** Outstanding (lib/domain/outstanding.ts); as a 0/1 value, never NULL, for ORDER BY and SELECT. */
const OUTSTANDING = outstandingSql("r");
const OUTSTANDING_01 = sql`(CASE WHEN ${OUTSTANDING} THEN 1 ELSE 0 END)`;

type FacetKey = MultiFacet | "year" | FlagFacet;

/** The condition each active facet puts on `r`; inactive facets are absent. */
function facetConditions(f: SearchFilters, ctx: Clock): Map<FacetKey, SQL> {
  const m = new Map<FacetKey, SQL>();
  if (f.state.length) m.set("state", sql`r.state_id IN (SELECT id FROM states WHERE code IN (${list(f.state)}))`);
  if (f.body.length) m.set("body", sql`r.body_id IN (SELECT id FROM bodies WHERE code IN (${list(f.body)}))`);
  if (f.cycle.length)
    m.set("cycle", sql`r.cycle_id IN (SELECT id FROM review_cycles WHERE ordinal IN (${list(f.cycle)}))`);
  if (f.from !== undefined && f.to !== undefined) m.set("year", sql`r.year BETWEEN ${f.from} AND ${f.to}`);
  else if (f.from !== undefined) m.set("year", sql`r.year >= ${f.from}`);
  else if (f.to !== undefined) m.set("year", sql`r.year <= ${f.to}`);
  if (f.status.length) m.set("status", inOrNone(sql`r.status`, f.status));
  if (f.stance.length) m.set("stance", inOrNone(sql`r.latest_stance`, f.stance));
  if (f.grade.length) m.set("grade", inOrNone(sql`r.latest_grade`, f.grade));
  for (const k of ["theme", "affected", "sdg"] as const) if (f[k].length) m.set(k, tagCondition(k, f[k]));
  // The public scope has no work plan (publicFilters, ./filters.ts): an institution never narrows it.
  if (f.institution.length && !f.publishedOnly) m.set("institution", institutionCondition(f.institution));
  if (f.reiterated) m.set("reiterated", REITERATED_SQL);
  if (f.overdue) m.set("overdue", overdueExpr(ctx));
  if (f.noresponse) m.set("noresponse", NO_RESPONSE);
  if (f.outstanding) m.set("outstanding", OUTSTANDING);
  return m;
}

/** Live recommendations, or only the archived ones (archived=1); with publishedOnly, of published states only. */
function scopeOf(f: SearchFilters): SQL {
  return rowScopeSql({ archived: f.archived, publishedOnly: f.publishedOnly });
}

/** Conditions every query shares: not archived (or only archived), and the text query if any. */
function baseConditions(f: SearchFilters): { where: SQL[]; match: string | null } {
  const match = toFtsQuery(f.q);
  const where = [scopeOf(f)];
  if (match)
    where.push(sql`r.id IN (SELECT rowid FROM recommendation_search WHERE recommendation_search MATCH ${match})`);
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
      // Outstanding recommendations first, the longest outstanding (earliest chain start) first by default.
      return dir === "desc"
        ? sql`${OUTSTANDING_01} DESC, r.chain_start_year IS NULL, r.chain_start_year ASC, r.id ASC`
        : sql`${OUTSTANDING_01} DESC, r.chain_start_year IS NULL, r.chain_start_year DESC, r.id DESC`;
    default:
      // Unknown years sort as the earliest (SQLite's NULL order), which lets the year index give the order.
      return sql`r.year ${d}, r.id ${d}`;
  }
}

/** Total count and one page of ids in order (snippets are fetched for that page only). */
export function buildSearchQueries(f: SearchFilters, ctx: Clock): { count: SQL; page: SQL; match: string | null } {
  const { where, match } = baseConditions(f);
  const facets = [...facetConditions(f, ctx).values()];
  const all = [...where, ...facets];
  const count = sql`SELECT COUNT(*) AS n FROM recommendations r WHERE ${and(all)}`;
  const { sort } = effectiveSort(f);
  const offset = (f.page - 1) * f.per;
  let page: SQL;
  if (sort === "relevance" && match) {
    // bm25 weights: subject 3×, text 1×, paragraph and symbol ½× (a symbol hit says little about relevance).
    // CROSS JOIN keeps the hits as the outer loop: the other way round SQLite may walk a
    // facet's index and run the full-text query once per row (seconds instead of milliseconds).
    page = sql`SELECT r.id FROM (
        SELECT rowid AS id, bm25(recommendation_search, 1.0, 3.0, 0.5, 0.5) AS rank FROM recommendation_search
          WHERE recommendation_search MATCH ${match}
      ) p CROSS JOIN recommendations r ON r.id = p.id
      WHERE ${scopeOf(f)} AND ${and(facets)}
      ORDER BY ${orderBy(f, true)} LIMIT ${f.per} OFFSET ${offset}`;
  } else {
    const join = sort === "symbol" ? sql`LEFT JOIN documents d ON d.id = r.document_id` : sql``;
    page = sql`SELECT r.id FROM recommendations r ${join} WHERE ${and(all)} ORDER BY ${orderBy(f, false)} LIMIT ${f.per} OFFSET ${offset}`;
  }
  return { count, page, match };
}

/** The rows of one page, by id (highlighting is done on them in lib/search/highlight). */
export function buildRowsQuery(ids: number[], ctx: Clock): SQL {
  return sql`SELECT r.id, d.symbol, r.paragraph, r.subject, r.text,
      s.code AS stateCode, s.name AS stateName, b.code AS bodyCode, c.ordinal AS cycleOrdinal, c.upr_session AS uprSession,
      ${sql.raw(recommendingStatesJsonSql("r"))} AS recommendingStates, r.year, r.status, r.status_date AS statusDate,
      r.latest_stance AS latestStance, r.latest_grade AS latestGrade, r.chain_start_year AS chainStartYear,
      CASE WHEN ${OUTSTANDING} AND r.chain_start_year IS NOT NULL THEN MAX(0, ${ctx.year} - r.chain_start_year) END AS yearsOutstanding,
      r.reiterates_earlier AS reiteratesEarlier, r.reiterated_later AS reiteratedLater, r.is_follow_up AS isFollowUp,
      COALESCE(r.follow_up_deadline, c.follow_up_deadline) AS followUpDeadline, ${overdueExpr(ctx)} AS overdue, r.version
    FROM recommendations r
    JOIN states s ON s.id = r.state_id
    JOIN bodies b ON b.id = r.body_id
    JOIN review_cycles c ON c.id = r.cycle_id
    LEFT JOIN documents d ON d.id = r.document_id
    WHERE r.id IN (${list(ids.length ? ids : [0])})`;
}

/** Every facet, in the order the rows come back. */
const FACETS: readonly FacetKey[] = [
  "state",
  "body",
  "cycle",
  "year",
  "status",
  "stance",
  "grade",
  "theme",
  "affected",
  "sdg",
  "reiterated",
  "overdue",
  "noresponse",
  "outstanding",
];
const FLAG_EXPR: Record<FlagFacet, (ctx: Clock) => SQL> = {
  reiterated: () => REITERATED_SQL,
  overdue: overdueExpr,
  noresponse: () => NO_RESPONSE,
  outstanding: () => OUTSTANDING,
};
const TAG_FACETS = ["theme", "affected", "sdg"] as const;
const CUBE_FACETS: readonly FacetKey[] = ["state", "body", "cycle", "year"];
const VERDICT_FACETS: readonly FacetKey[] = ["status", "stance", "grade", "reiterated", "noresponse"];

/**
 * Every facet's counts in one statement, each facet counted with all the
 * OTHER facets applied (the usual faceted-search rule: choosing KAZ does not
 * hide the other states' counts). Rows: (facet, value, label, n).
 *
 * A facet is counted over one of two sources, whichever its row set is:
 *
 * - **every live recommendation** (no text query, and no other facet chosen —
 *   the first visit, and a lone chosen facet's own counts): counted straight
 *   from covering indexes, never touching the table rows. One scan of
 *   recommendations_search_facets_idx (body, state, cycle, year) grouped in
 *   index order — no sort — gives state, body, cycle and year; one scan of
 *   recommendations_live_verdict_idx (migration 0003) gives status, stance,
 *   grade, reiterated and no-response; overdue reads only the follow-up rows
 *   (recommendations_live_follow_up_idx); tags are counted on the
 *   (tag_id, recommendation_id) index alone, minus the tags of archived
 *   recommendations (recommendations_archived_idx: usually none).
 * - **a narrowed set** otherwise. Under a text query each hit is read once with
 *   a 0/1 column per chosen facet (rows failing two or more are dropped) and
 *   each facet groups the rows passing all the others. Without one, the rows
 *   are gathered through the ordinary indexes — never a scan of every row — as
 *   disjoint parts (the result; for each chosen facet k, the rows failing k
 *   alone), so each facet reads only the parts it counts.
 *
 * Figures and the reasoning behind each choice: docs/benchmarks.md.
 */
export function buildFacetQuery(f: SearchFilters, ctx: Clock): SQL {
  const { ctes, parts } = facetQueryParts(f, ctx);
  return sql`WITH ${sql.join(ctes, sql`, `)} ${sql.join(parts, sql` UNION ALL `)}`;
}

/** The pieces of buildFacetQuery: its common table expressions and one SELECT per facet (the benchmark times them one by one). */
export function facetQueryParts(f: SearchFilters, ctx: Clock): { ctes: SQL[]; parts: SQL[] } {
  const match = toFtsQuery(f.q);
  const conds = facetConditions(f, ctx);
  const active = [...conds.keys()];
  const others = (k: FacetKey) => active.filter((a) => a !== k);
  // Counted over every live row: nothing but "not archived" narrows this facet's set.
  // (The public scope narrows every facet: its shortcuts over all rows would count unpublished states.)
  const overAll = (k: FacetKey) => !match && !f.archived && !f.publishedOnly && others(k).length === 0;
  // The rows counted: the live ones, or with archived=1 the archived ones (always counted as a narrowed set).
  const live = scopeOf(f);

  const ctes: SQL[] = [];
  if (match)
    ctes.push(
      sql`hits AS MATERIALIZED (SELECT rowid AS id FROM recommendation_search WHERE recommendation_search MATCH ${match})`,
    );

  const narrowed = FACETS.filter((k) => !overAll(k));
  if (narrowed.length) {
    // Without a query: the rows some facet counts, as disjoint parts so that no row is
    // read twice — the result itself (every chosen facet passes) and, for each chosen
    // facet k counted over a narrowed set, the rows failing k alone. "IS NOT 1" also
    // takes a NULL (unknown year) as failing, as the list does.
    const where = (keys: FacetKey[], failing?: FacetKey) =>
      and([live, ...keys.map((k) => conds.get(k)!), ...(failing ? [sql`(${conds.get(failing)!}) IS NOT 1`] : [])]);
    const part = (failing?: FacetKey) => {
      const keys = failing ? others(failing) : active;
      // A part narrowed by body reads the body's range of the covering index (body first),
      // never the table; SQLite, not seeing that archived_at is implied, would often
      // pick another index and read a table row per candidate instead.
      // (It holds live rows only: not for archived=1.)
      const from =
        keys.includes("body") && !f.archived
          ? sql`recommendations r INDEXED BY recommendations_search_facets_idx`
          : sql`recommendations r`;
      return sql`SELECT r.id, r.state_id, r.body_id, r.cycle_id, r.year, r.status, r.latest_stance, r.latest_grade, r.reiterates_earlier,
          r.reiterated_later, r.is_follow_up, r.follow_up_deadline
        FROM ${from} WHERE ${where(keys, failing)}`;
    };
    if (match) {
      // Under a text query the hits are the smaller side: read each hit once and
      // work out which chosen facets it passes (rows failing two or more count nowhere).
      const m = active.map((k) => sql`, CASE WHEN ${conds.get(k)!} THEN 1 ELSE 0 END AS ${sql.raw(`m_${k}`)}`);
      const sum =
        active.length >= 2
          ? [
              sql`(${sql.join(
                active.map((k) => sql`CASE WHEN ${conds.get(k)!} THEN 1 ELSE 0 END`),
                sql` + `,
              )}) >= ${active.length - 1}`,
            ]
          : [];
      ctes.push(sql`base AS MATERIALIZED (SELECT r.id, r.state_id, r.body_id, r.cycle_id, r.year,
          r.status, r.latest_stance, r.latest_grade, r.reiterates_earlier,
          r.reiterated_later, r.is_follow_up, r.follow_up_deadline${sql.join(m, sql``)}
        FROM hits h CROSS JOIN recommendations r ON r.id = h.id WHERE ${and([live, ...sum])})`);
    } else {
      // Without one, each part is gathered through its own indexes and kept apart, so
      // a facet reads only its rows: the result (p_all), plus p_k for chosen facet k.
      ctes.push(sql`p_all AS MATERIALIZED (${part()})`);
      // Institution counts are read from the actions side (below), never from these parts.
      for (const k of active)
        if (!overAll(k) && k !== "institution") ctes.push(sql`${sql.raw(`p_${k}`)} AS MATERIALIZED (${part(k)})`);
    }
  }
  const allCube = CUBE_FACETS.some(overAll);
  const allVerdict = VERDICT_FACETS.some(overAll);
  if (allCube) {
    // Grouped by the index's leading columns only as deep as needed (a lone body facet
    // needs body_id alone); year alone has its own index.
    const cubeFacets = CUBE_FACETS.filter(overAll);
    if (cubeFacets.length === 1 && cubeFacets[0] === "year") {
      ctes.push(
        sql`cube AS MATERIALIZED (SELECT year, COUNT(*) AS n FROM recommendations
          INDEXED BY recommendations_live_year_idx WHERE archived_at IS NULL GROUP BY year)`,
      );
    } else {
      const order = ["body", "state", "cycle", "year"];
      const cols = sql.raw(
        ["body_id", "state_id", "cycle_id", "year"]
          .slice(0, Math.max(...cubeFacets.map((k) => order.indexOf(k))) + 1)
          .join(", "),
      );
      ctes.push(sql`cube AS MATERIALIZED (SELECT ${cols}, COUNT(*) AS n FROM recommendations INDEXED BY recommendations_search_facets_idx
        WHERE archived_at IS NULL GROUP BY ${cols})`);
    }
  }
  if (allVerdict) {
    ctes.push(sql`verdict AS MATERIALIZED (SELECT status, latest_stance, latest_grade, reiterates_earlier, COUNT(*) AS n
      FROM recommendations INDEXED BY recommendations_live_verdict_idx
      WHERE archived_at IS NULL GROUP BY status, latest_stance, latest_grade, reiterates_earlier)`);
  }

  // The rows a narrowed facet counts: those passing every other chosen facet.
  const pass = (k: FacetKey) => and(others(k).map((a) => sql`${sql.raw(`m_${a}`)} = 1`));
  const rowsOf = (k: FacetKey): SQL => {
    if (match) return sql`(SELECT * FROM base WHERE ${pass(k)})`;
    return active.includes(k) ? sql`(SELECT * FROM p_all UNION ALL SELECT * FROM ${sql.raw(`p_${k}`)})` : sql`p_all`;
  };
  const parts: SQL[] = [];
  const byId = (k: FacetKey, column: string, table: string) => {
    const src = overAll(k)
      ? sql`SELECT ${sql.raw(column)} AS k, SUM(n) AS n FROM cube GROUP BY ${sql.raw(column)}`
      : sql`SELECT ${sql.raw(column)} AS k, COUNT(*) AS n FROM ${rowsOf(k)} GROUP BY ${sql.raw(column)}`;
    parts.push(
      sql`SELECT ${k} AS facet, t.code AS value, t.name AS label, x.n AS n FROM (${src}) x JOIN ${sql.raw(table)} t ON t.id = x.k`,
    );
  };
  const byValue = (k: FacetKey, column: string, source: "cube" | "verdict") =>
    parts.push(
      overAll(k)
        ? sql`SELECT ${k} AS facet, ${sql.raw(column)} AS value, NULL AS label, SUM(n) AS n FROM ${sql.raw(source)}
          GROUP BY ${sql.raw(column)}`
        : sql`SELECT ${k} AS facet, ${sql.raw(column)} AS value, NULL AS label, COUNT(*) AS n FROM ${rowsOf(k)}
          GROUP BY ${sql.raw(column)}`,
    );
  const flagCount = (k: FlagFacet, overAllSql: SQL) =>
    parts.push(
      overAll(k)
        ? sql`SELECT ${k} AS facet, NULL AS value, NULL AS label, (${overAllSql}) AS n`
        : sql`SELECT ${k} AS facet, NULL AS value, NULL AS label, COUNT(*) AS n FROM ${rowsOf(k)} r WHERE ${FLAG_EXPR[k](ctx)}`,
    );

  byId("state", "state_id", "states");
  byId("body", "body_id", "bodies");
  const cycleSrc = overAll("cycle")
    ? sql`SELECT cycle_id AS k, SUM(n) AS n FROM cube GROUP BY cycle_id`
    : sql`SELECT cycle_id AS k, COUNT(*) AS n FROM ${rowsOf("cycle")} GROUP BY cycle_id`;
  parts.push(
    sql`SELECT 'cycle' AS facet, c.ordinal AS value, NULL AS label, SUM(x.n) AS n FROM (${cycleSrc}) x
      JOIN review_cycles c ON c.id = x.k GROUP BY c.ordinal`,
  );
  byValue("year", "year", "cube");
  byValue("status", "status", "verdict");
  byValue("stance", "latest_stance", "verdict");
  byValue("grade", "latest_grade", "verdict");

  const tagAll = TAG_FACETS.filter((k) => overAll(k)).map((k) => TAG_KIND[k]);
  const tagBase = TAG_FACETS.filter((k) => !overAll(k));
  if (tagAll.length) {
    // Every link counts except those of archived recommendations (found through a partial index, so free when there are none).
    parts.push(sql`SELECT t.kind AS facet, t.name AS value, NULL AS label, SUM(x.n) AS n FROM (
        SELECT rt.tag_id, COUNT(*) AS n FROM recommendation_tags rt WHERE rt.tag_id IN (SELECT id FROM tags
          WHERE kind IN (${list(tagAll)}) AND archived_at IS NULL) GROUP BY rt.tag_id
        UNION ALL
        SELECT rt.tag_id, -COUNT(*) FROM recommendations r INDEXED BY recommendations_archived_idx
          CROSS JOIN recommendation_tags rt ON rt.recommendation_id = r.id
          WHERE r.archived_at IS NOT NULL GROUP BY rt.tag_id
      ) x JOIN tags t ON t.id = x.tag_id WHERE t.kind IN (${list(tagAll)}) AND t.archived_at IS NULL GROUP BY x.tag_id
        HAVING SUM(x.n) > 0`);
  }
  if (tagBase.length) {
    // One pass over the links of the rows concerned: each row with the tag kind it
    // counts for (NULL = every kind counted over the result).
    const kinds = sql`t.kind IN (${list(tagBase.map((k) => TAG_KIND[k]))})`;
    if (match) {
      const kindPass = sql.join(
        tagBase.map((k) => sql`(t.kind = ${TAG_KIND[k]} AND ${pass(k)})`),
        sql` OR `,
      );
      parts.push(sql`SELECT t.kind AS facet, t.name AS value, NULL AS label, COUNT(*) AS n FROM base
        CROSS JOIN recommendation_tags rt ON rt.recommendation_id = base.id CROSS JOIN tags t ON t.id = rt.tag_id
        WHERE t.archived_at IS NULL AND ${kinds} AND (${kindPass}) GROUP BY rt.tag_id`);
    } else {
      // Links are filtered by tag id (a small in-memory set) and grouped first; the
      // tags table is read once per tag, not once per link.
      const tagIds = (ks: readonly (typeof TAG_FACETS)[number][]) =>
        // Unary + keeps SQLite from seeking the (tag_id, recommendation_id) index once per tag per row.
        sql`+rt.tag_id IN (SELECT id FROM tags WHERE kind IN (${list(ks.map((k) => TAG_KIND[k]))}) AND archived_at IS NULL)`;
      const links = sql.join(
        [
          sql`SELECT rt.tag_id FROM p_all s CROSS JOIN recommendation_tags rt ON rt.recommendation_id = s.id WHERE ${tagIds(tagBase)}`,
          ...tagBase
            .filter((k) => active.includes(k))
            .map(
              (k) =>
                sql`SELECT rt.tag_id FROM ${sql.raw(`p_${k}`)} s
                  CROSS JOIN recommendation_tags rt ON rt.recommendation_id = s.id WHERE ${tagIds([k])}`,
            ),
        ],
        sql` UNION ALL `,
      );
      parts.push(
        sql`SELECT t.kind AS facet, t.name AS value, NULL AS label, x.n AS n FROM (SELECT tag_id, COUNT(*) AS n
          FROM (${links}) GROUP BY tag_id) x JOIN tags t ON t.id = x.tag_id`,
      );
    }
  }
  // Institutions: driven from the (small) action links, each linked recommendation tested against the
  // other chosen facets directly, so the cost follows the number of actions, not of recommendations.
  // None for the public scope: institutions are part of the work plan, which is not public.
  if (!f.publishedOnly)
    parts.push(sql`SELECT 'institution' AS facet, ai.institution_id AS value, i.name AS label, COUNT(DISTINCT a.recommendation_id) AS n
    FROM action_institutions ai CROSS JOIN actions a ON a.id = ai.action_id CROSS JOIN recommendations r ON r.id = a.recommendation_id
      CROSS JOIN institutions i ON i.id = ai.institution_id
    WHERE a.archived_at IS NULL AND i.archived_at IS NULL
      AND ${and([live, ...(match ? [sql`r.id IN (SELECT id FROM hits)`] : []), ...others("institution").map((k) => conds.get(k)!)])}
    GROUP BY ai.institution_id`);
  flagCount("reiterated", sql`SELECT COALESCE(SUM(n), 0) FROM verdict WHERE reiterates_earlier = 1`);
  flagCount("overdue", sql`SELECT COUNT(*) FROM recommendations r WHERE r.archived_at IS NULL AND ${overdueExpr(ctx)}`);
  flagCount("noresponse", sql`SELECT COALESCE(SUM(n), 0) FROM verdict WHERE ${noResponseSql("")}`);
  // Over every live row: counted off migration 0008's partial index of exactly the outstanding rows.
  flagCount("outstanding", sql`SELECT COUNT(*) FROM recommendations r WHERE r.archived_at IS NULL AND ${OUTSTANDING}`);

  return { ctes, parts };
}
