import "server-only";
import type Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import type { DB } from "../../db";
import type { EvidenceKind } from "../../db/schema/enums";
import type { RecommendationRef, ReportData, ReportEvidence, ReportRecommendation } from "../export/types";
import { currentIntlLocale } from "../i18n/current-locale";
import { recommendationTitle, textAfterTitle } from "../recommendation-title";
import { filtersToQueryString, type RawParams, type SearchFilters } from "../search/filters";
import { searching } from "../search/fts-query";
import { clockAt, todayIso } from "../domain/clock";
import { hasStateResponse, overdueFollowUpSql } from "../domain/predicates";
import { emptyCounts, type StatusCounts } from "../domain/status-counts";
import { medianYearsOutstanding, yearsCounts } from "../domain/outstanding";
import { SEVERITY } from "../export/report/sections";
import { cachedQuery } from "./query-cache";
import { getBranding } from "./settings";
import { detailRows, orderedIds, type DetailedExportRow } from "./export";
import { creditedSources, describeFilters } from "./export-labels";

/**
 * The state report: one state, optionally some bodies and a period
 * (and any other list filter), as the ReportData the PDF writer and the
 * printable page both draw. The recommendations are exactly the list view's
 * for the same filters; the order defaults to "longest outstanding first",
 * which is what a report leads with. A report covers one state, so it is
 * built in memory (the spreadsheet exports are the ones that stream).
 */
export type ReportOptions = {
  now?: Date;
  baseUrl?: string;
  locale?: string;
  /** The public portal's report: a published state only, public evidence only (lib/domain/published.ts). */
  publicScope?: boolean;
  /** `include=assessed`: leave out the recommendations not assessed yet (the figures still count them). */
  assessedOnly?: boolean;
};

/** The query string of a report (or its PDF): the list's filters, then the report's own `include`. */
export function reportQueryString(filters: SearchFilters, assessedOnly: boolean): string {
  const qs = filtersToQueryString(filters);
  if (!assessedOnly) return qs;
  return qs ? `${qs}&include=assessed` : "?include=assessed";
}

/** The report's own parameter beside the list's filters: `include=assessed` leaves "not assessed" out. */
export function reportAssessedOnly(params: RawParams): boolean {
  const v = params instanceof URLSearchParams ? params.getAll("include") : [params.include ?? []].flat();
  return v.includes("assessed");
}

const CHUNK = 400;

/** The filters a report runs with: the one state, and its default order. */
export function reportFilters(filters: SearchFilters, stateCode: string): SearchFilters {
  return { ...filters, state: [stateCode.toUpperCase()], sort: filters.sort ?? "outstanding", page: 1 };
}

export function getStateReport(
  db: DB,
  stateCode: string,
  filters: SearchFilters,
  opts: ReportOptions = {},
): ReportData | null {
  const client = db.$client;
  const state = client.prepare("SELECT id, code, name FROM states WHERE code = ?").get(stateCode.toUpperCase()) as
    { id: number; code: string; name: string } | undefined;
  if (!state) return null;
  if (
    opts.publicScope &&
    !client.prepare("SELECT 1 FROM states WHERE id = ? AND published = 1 AND archived_at IS NULL").get(state.id)
  )
    return null;
  const f = { ...reportFilters(filters, state.code), publishedOnly: filters.publishedOnly || opts.publicScope };
  const now = opts.now ?? new Date(`${todayIso()}T12:00:00Z`);
  const locale = opts.locale ?? currentIntlLocale();

  const ids = searching(() => [...orderedIds(db, f, clockAt(now))]);
  const rows: DetailedExportRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) rows.push(...detailRows(client, ids.slice(i, i + CHUNK), opts));
  const evidence = evidenceFor(client, ids, !!opts.publicScope);
  const chainStmt = client.prepare(CHAIN_SQL);
  const overdue = overdueIds(db, state.id, clockAt(now).today);

  const all: ReportRecommendation[] = rows.map((r) => ({
    id: r.id,
    url: r.url,
    symbol: r.symbol,
    paragraph: r.paragraph,
    bodyCode: r.bodyCode,
    cycle: r.cycle,
    date: r.date,
    title: recommendationTitle({ subject: r.subject, text: r.text }),
    text: r.text,
    rest: textAfterTitle({ subject: r.subject, text: r.text }),
    recommendingStates: r.recommendingStates,
    status: r.currentStatus,
    statusDate: r.statusDate,
    stance: r.latestStance,
    stanceDate: r.stanceDate,
    stanceQuote: r.stanceQuote,
    grade: r.latestGrade,
    gradeAsWritten: r.latestGradeAsWritten,
    outstandingSince: r.outstandingSince,
    chain: r.reiterates.length ? (chainStmt.all(r.id) as RecommendationRef[]) : [],
    evidence: evidence.get(r.id) ?? [],
    overdue: overdue.has(r.id),
  }));

  const bodyNames = new Map(
    (client.prepare("SELECT code, name FROM bodies").all() as { code: string; name: string }[]).map((b) => [
      b.code,
      b.name,
    ]),
  );
  const byBody = new Map<string, StatusCounts>();
  for (const r of all) {
    const counts = byBody.get(r.bodyCode) ?? emptyCounts();
    counts[r.status ?? "none"] += 1;
    byBody.set(r.bodyCode, counts);
  }
  const statusCounts = emptyCounts();
  for (const r of all) statusCounts[r.status ?? "none"] += 1;

  // Most serious status first (a stable sort keeps the list's order within a status), "not assessed" last.
  const rank = (r: ReportRecommendation) => SEVERITY.indexOf(r.status ?? "none");
  const ordered = [...all].sort((a, b) => rank(a) - rank(b));
  const recommendations = opts.assessedOnly ? ordered.filter((r) => r.status !== null) : ordered;
  const year = now.getUTCFullYear();

  return {
    state: { code: state.code, name: state.name },
    filters: describeFilters(db, f, { locale, always: true }),
    generatedAt: now,
    sources: creditedSources(db, [state.code], locale),
    kpis: {
      tracked: all.length,
      withResponse: all.filter((r) => hasStateResponse(r.stance)).length,
      reiterated: all.filter((r) => r.chain.length > 0).length,
      medianYearsOutstanding: medianYearsOutstanding(
        yearsCounts(all.map((r) => (r.outstandingSince === null ? null : year - r.outstandingSince))),
      ),
      rejected: all.filter((r) => r.stance === "rejects").length,
      overdue: all.filter((r) => r.overdue).length,
    },
    statusCounts,
    byBody: [...byBody.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([bodyCode, counts]) => ({ bodyCode, bodyName: bodyNames.get(bodyCode) ?? null, counts })),
    recommendations,
    matching: recommendations.length === ordered.length ? undefined : ordered,
    locale,
    branding: getBranding(db),
    notAssessedLeftOut: all.length - recommendations.length,
  };
}

/** The state's overdue follow-ups, by the dashboard's and the list's own rule (lib/domain/predicates.ts). */
function overdueIds(db: DB, stateId: number, today: string): Set<number> {
  const rows = db.all<{ id: number }>(
    sql`SELECT r.id FROM recommendations r WHERE r.state_id = ${stateId} AND r.archived_at IS NULL AND ${overdueFollowUpSql(today)}`,
  );
  return new Set(rows.map((r) => r.id));
}

/** Every earlier recommendation a recommendation repeats, directly or through others, oldest first. */
const CHAIN_SQL = `
  WITH RECURSIVE self(id) AS (SELECT ?), earlier(id) AS (
    SELECT id FROM self UNION SELECT x.earlier_id FROM reiterations x JOIN earlier e ON x.recommendation_id = e.id
      WHERE x.archived_at IS NULL
  )
  SELECT r.id, d.symbol, r.paragraph, COALESCE(d.date, c.adoption_date, c.session_date, c.report_date) AS date,
    r.year, c.upr_session AS uprSession
  FROM earlier JOIN recommendations r ON r.id = earlier.id
  JOIN review_cycles c ON c.id = r.cycle_id
  LEFT JOIN documents d ON d.id = r.document_id
  WHERE r.id NOT IN (SELECT id FROM self)
  ORDER BY r.year, c.ordinal, r.id`;

/** Evidence attached directly or through a (live) assessment, newest first, undated last. */
const EVIDENCE_SQL = `
  WITH ids(id) AS (SELECT value FROM json_each(?))
  SELECT x.rid AS id, e.date, e.kind, e.title, COALESCE(e.source_url, d.url) AS url
  FROM (
    SELECT recommendation_id AS rid, evidence_id AS eid FROM recommendation_evidence WHERE recommendation_id IN (SELECT id FROM ids)
    UNION
    SELECT a.recommendation_id, ae.evidence_id FROM assessments a JOIN assessment_evidence ae ON ae.assessment_id = a.id
      WHERE a.archived_at IS NULL AND a.recommendation_id IN (SELECT id FROM ids)
  ) x
  JOIN evidence e ON e.id = x.eid
  LEFT JOIN documents d ON d.id = e.source_document_id
  WHERE e.archived_at IS NULL AND (e.public = 1 OR ? = 0)
  ORDER BY e.date IS NULL, e.date DESC, e.id DESC`;

function evidenceFor(client: Database.Database, ids: number[], publicOnly: boolean): Map<number, ReportEvidence[]> {
  const out = new Map<number, ReportEvidence[]>();
  const stmt = client.prepare(EVIDENCE_SQL);
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const e of stmt.all(JSON.stringify(ids.slice(i, i + CHUNK)), publicOnly ? 1 : 0) as {
      id: number;
      date: string | null;
      kind: EvidenceKind;
      title: string;
      url: string | null;
    }[]) {
      const list = out.get(e.id) ?? [];
      list.push({ date: e.date, kind: e.kind, title: e.title, url: e.url });
      out.set(e.id, list);
    }
  }
  return out;
}

/**
 * The state a "Download PDF report" button reports on when the page's filters
 * name none: the only state with recommendations, if there is just one (a
 * report covers one state). Null when there are several.
 */
export function soleReportState(db: DB): string | null {
  const codes = cachedQuery(
    db,
    "report sole state",
    () =>
      db.$client
        .prepare(
          `SELECT s.code FROM states s WHERE EXISTS (SELECT 1 FROM recommendations r WHERE r.state_id = s.id
            AND r.archived_at IS NULL) LIMIT 2`,
        )
        .pluck()
        .all() as string[],
  );
  return codes.length === 1 ? codes[0] : null;
}

export type ReportOptionsList = {
  states: { code: string; name: string; total: number }[];
  bodies: { code: string; name: string }[];
  years: { min: number | null; max: number | null };
};

/** What the Reports page offers: states that have recommendations, bodies, and the span of years. */
export function listReportChoices(db: DB): ReportOptionsList {
  const c = db.$client;
  return {
    states: c
      .prepare(
        `SELECT s.code, s.name, COUNT(*) AS total FROM recommendations r JOIN states s ON s.id = r.state_id
      WHERE r.archived_at IS NULL GROUP BY s.id ORDER BY s.name`,
      )
      .all() as ReportOptionsList["states"],
    bodies: c
      .prepare("SELECT code, name FROM bodies WHERE archived_at IS NULL ORDER BY code")
      .all() as ReportOptionsList["bodies"],
    years: c
      .prepare("SELECT MIN(year) AS min, MAX(year) AS max FROM recommendations WHERE archived_at IS NULL")
      .get() as ReportOptionsList["years"],
  };
}
