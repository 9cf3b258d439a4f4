import "server-only";
import { bodyName, stateName } from "../i18n/place-names";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db";
import { NotFoundError } from "../errors";
import { cachedQuery } from "./query-cache";

import { emptyCounts, type StatusCounts, type StatusKey } from "../domain/status-counts";

export type StateListItem = { code: string; name: string; total: number; counts: StatusCounts };

function fold<T extends { status: StatusKey | null; n: number }>(rows: T[], key: (r: T) => string) {
  const out = new Map<string, StatusCounts>();
  for (const r of rows) {
    const k = key(r);
    const c = out.get(k) ?? emptyCounts();
    c[r.status ?? "none"] += r.n;
    out.set(k, c);
  }
  return out;
}

/**
 * Every state under review — one with at least one recommendation addressed to it — with its
 * recommendations counted by current status. States known only as UPR recommenders are left out.
 */
export function listStatesWithCounts(db: Executor): StateListItem[] {
  const states = db.all<{ id: number; code: string; name: string }>(sql`
    SELECT id, code, name FROM states s
    WHERE archived_at IS NULL AND EXISTS (SELECT 1 FROM recommendations r WHERE r.state_id = s.id AND r.archived_at IS NULL)
    ORDER BY name`);
  const rows = db.all<{ stateId: number; status: StatusKey | null; n: number }>(sql`
    SELECT state_id AS stateId, status, COUNT(*) AS n FROM recommendations WHERE archived_at IS NULL GROUP BY state_id, status`);
  const counts = fold(rows, (r) => String(r.stateId));
  return states.map((s) => {
    const c = counts.get(String(s.id)) ?? emptyCounts();
    return {
      code: s.code,
      name: stateName(s.code, s.name),
      total: Object.values(c).reduce((a, b) => a + (b ?? 0), 0),
      counts: c,
    };
  });
}

export function getStateByCode(db: Executor, code: string) {
  return (
    db.get<{ id: number; code: string; name: string }>(
      sql`SELECT id, code, name FROM states WHERE code = ${code.toUpperCase()}`,
    ) ?? null
  );
}

export type BodyCounts = { code: string; name: string; total: number; counts: StatusCounts };

export function statusByBodyForState(db: Executor, stateId: number): BodyCounts[] {
  const rows = db.all<{ code: string; name: string; status: StatusKey | null; n: number }>(sql`
    SELECT b.code, b.name, r.status, COUNT(*) AS n
    FROM recommendations r JOIN bodies b ON b.id = r.body_id
    WHERE r.state_id = ${stateId} AND r.archived_at IS NULL
    GROUP BY b.id, r.status ORDER BY b.code`);
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const counts = fold(rows, (r) => r.code);
  return [...counts.entries()].map(([code, c]) => ({
    code,
    name: bodyName(code, names.get(code)!),
    counts: c,
    total: Object.values(c).reduce((a, b) => a + (b ?? 0), 0),
  }));
}

export type CycleRow = {
  id: number;
  stateCode: string;
  stateName: string;
  bodyCode: string;
  bodyName: string;
  ordinal: number;
  uprSession: number | null;
  reportDate: string | null;
  sessionDate: string | null;
  adoptionDate: string | null;
  followUpDeadline: string | null;
  nextReportDue: string | null;
  followUpParagraphs: string | null;
  recommendations: number;
  documents: number;
  /** Symbols of the cycle's concluding observations (or UPR report). */
  outcomeSymbols: string[];
  /** A later cycle of the same body exists: the report the deadline asked for came. */
  nextReportReceived: boolean;
  /** The state's follow-up reply is on record (a follow-up report of the cycle). */
  followUpReplyReceived: boolean;
};

/**
 * A state's cycles, remembered while the data is unchanged (lib/data/query-cache.ts): the
 * public and the signed-in state pages read them on every visit. Only the rows are
 * remembered; names are put in the request's language afterwards.
 */
export function cyclesForState(db: Executor, stateId: number): CycleRow[] {
  return cyclesWhere(db, sql`c.state_id = ${stateId}`, sql`b.code, c.ordinal`, `state cycles ${stateId}`);
}

/** A body's cycles across states, most recent first within each state. */
export function cyclesForBody(db: Executor, bodyId: number): CycleRow[] {
  return cyclesWhere(db, sql`c.body_id = ${bodyId}`, sql`s.name, c.ordinal`);
}

function cyclesWhere(db: Executor, where: SQL, orderBy: SQL, cacheKey?: string): CycleRow[] {
  type Raw = Omit<CycleRow, "outcomeSymbols" | "nextReportReceived" | "followUpReplyReceived"> & {
    outcomeSymbols: string | null;
    nextReportReceived: number;
    followUpReplyReceived: number;
  };
  const read = () =>
    db.all<Raw>(sql`
    SELECT c.id, s.code AS stateCode, s.name AS stateName, b.code AS bodyCode, b.name AS bodyName, c.ordinal,
           c.upr_session AS uprSession, c.report_date AS reportDate, c.session_date AS sessionDate,
           c.adoption_date AS adoptionDate, c.follow_up_deadline AS followUpDeadline,
           c.next_report_due AS nextReportDue, c.follow_up_paragraphs AS followUpParagraphs,
           (SELECT COUNT(*) FROM recommendations r WHERE r.cycle_id = c.id AND r.archived_at IS NULL) AS recommendations,
           (SELECT COUNT(*) FROM documents d WHERE d.cycle_id = c.id AND d.archived_at IS NULL) AS documents,
           (SELECT json_group_array(d.symbol) FROM documents d WHERE d.cycle_id = c.id AND d.archived_at IS NULL
              AND d.symbol IS NOT NULL AND d.kind IN ('concluding_observations', 'upr_report')) AS outcomeSymbols,
           EXISTS (SELECT 1 FROM review_cycles n WHERE n.state_id = c.state_id AND n.body_id = c.body_id
              AND n.ordinal > c.ordinal AND n.archived_at IS NULL) AS nextReportReceived,
           EXISTS (SELECT 1 FROM documents d WHERE d.cycle_id = c.id AND d.archived_at IS NULL
              AND d.kind = 'follow_up_report') AS followUpReplyReceived
    FROM review_cycles c JOIN bodies b ON b.id = c.body_id JOIN states s ON s.id = c.state_id
    WHERE ${where} AND c.archived_at IS NULL
    ORDER BY ${orderBy}`);
  const rows = cacheKey ? cachedQuery(db, cacheKey, read) : read();
  return rows.map((r) => ({
    ...r,
    stateName: stateName(r.stateCode, r.stateName),
    bodyName: bodyName(r.bodyCode, r.bodyName),
    outcomeSymbols: r.outcomeSymbols ? (JSON.parse(r.outcomeSymbols) as string[]) : [],
    nextReportReceived: !!r.nextReportReceived,
    followUpReplyReceived: !!r.followUpReplyReceived,
  }));
}

/* Body pages: the same views, turned the other way (by body, across states). */

export type BodyListItem = {
  code: string;
  name: string;
  kind: string;
  total: number;
  states: number;
  counts: StatusCounts;
};

export function listBodiesWithCounts(db: Executor): BodyListItem[] {
  const bodies = db.all<{ id: number; code: string; name: string; kind: string }>(
    sql`SELECT id, code, name, kind FROM bodies WHERE archived_at IS NULL ORDER BY kind, code`,
  );
  const rows = db.all<{ bodyId: number; status: StatusKey | null; n: number }>(sql`
    SELECT body_id AS bodyId, status, COUNT(*) AS n FROM recommendations WHERE archived_at IS NULL GROUP BY body_id, status`);
  const stateCounts = new Map(
    db
      .all<{ bodyId: number; n: number }>(
        sql`
    SELECT body_id AS bodyId, COUNT(DISTINCT state_id) AS n FROM recommendations WHERE archived_at IS NULL GROUP BY body_id`,
      )
      .map((r) => [r.bodyId, r.n]),
  );
  const counts = fold(rows, (r) => String(r.bodyId));
  return bodies.map((b) => {
    const c = counts.get(String(b.id)) ?? emptyCounts();
    return {
      code: b.code,
      name: bodyName(b.code, b.name),
      kind: b.kind,
      states: stateCounts.get(b.id) ?? 0,
      total: Object.values(c).reduce((a, x) => a + (x ?? 0), 0),
      counts: c,
    };
  });
}

export function getBodyByCode(db: Executor, code: string) {
  return (
    db.get<{ id: number; code: string; name: string; kind: string; treaty: string | null }>(
      sql`SELECT id, code, name, kind, treaty FROM bodies WHERE code = ${code.toUpperCase()}`,
    ) ?? null
  );
}

export type StateCounts = { code: string; name: string; total: number; counts: StatusCounts };

export function statusByStateForBody(db: Executor, bodyId: number): StateCounts[] {
  const rows = db.all<{ code: string; name: string; status: StatusKey | null; n: number }>(sql`
    SELECT s.code, s.name, r.status, COUNT(*) AS n
    FROM recommendations r JOIN states s ON s.id = r.state_id
    WHERE r.body_id = ${bodyId} AND r.archived_at IS NULL
    GROUP BY s.id, r.status ORDER BY s.name`);
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const counts = fold(rows, (r) => r.code);
  return [...counts.entries()].map(([code, c]) => ({
    code,
    name: stateName(code, names.get(code)!),
    counts: c,
    total: Object.values(c).reduce((a, x) => a + (x ?? 0), 0),
  }));
}

/** The state a recommendation is addressed to (for its forms' choices), or 404. */
export function getRecommendationState(
  db: Executor,
  recommendationId: number,
): { id: number; name: string; code: string } {
  const row = db.get<{ id: number; name: string; code: string }>(sql`
    SELECT s.id, s.name, s.code FROM recommendations r JOIN states s ON s.id = r.state_id WHERE r.id = ${recommendationId}`);
  if (!row) throw new NotFoundError("Recommendation", recommendationId);
  return row;
}

/** A state by its ISO code (KAZ) or its id, for URLs that take either. */
export function getStateByCodeOrId(db: Executor, codeOrId: string) {
  if (/^\d{1,15}$/.test(codeOrId))
    return (
      db.get<{ id: number; code: string; name: string }>(
        sql`SELECT id, code, name FROM states WHERE id = ${Number(codeOrId)}`,
      ) ?? null
    );
  return /^[A-Za-z]{3}$/.test(codeOrId) ? getStateByCode(db, codeOrId) : null;
}
