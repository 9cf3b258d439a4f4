import "server-only";
import { sql } from "drizzle-orm";
import type { DB, Executor } from "../../db";
import { assertCan, can, type PolicyEntity } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { NotFoundError } from "../errors";
import { restoreAction } from "./actions";
import { restoreAssessment } from "./assessments";
import { restoreBody } from "./bodies";
import { restoreCycleEvent } from "./cycle-events";
import { restoreCycle } from "./cycles";
import { restoreDocument } from "./documents";
import { restoreEvidence } from "./evidence";
import { restoreGrade } from "./grades";
import { restoreInstitution } from "./institutions";
import { restoreRecommendation } from "./recommendations-write";
import { restoreReiteration } from "./reiterations";
import { restoreResponse } from "./responses";
import { restoreState } from "./states";
import { restoreTag } from "./tags";
import type { VersionInput } from "../validation/common";

/**
 * The bin: every archived record of every kind, newest first, each with what
 * restores it. Reading it is for editors and admins (the access policy's
 * "archive" row); restoring a record follows that record's own row (an
 * editor restores a state response, only an admin a recommendation or a tag).
 */
type Restore = (db: DB, actor: Actor | null | undefined, id: number, input: VersionInput) => unknown;

// Whose restore rule each kind follows (lib/auth/policy.ts).
const RESTORE_POLICY = {
  recommendation: "recommendation",
  response: "response",
  grade: "grade",
  assessment: "assessment",
  evidence: "evidence",
  reiteration: "reiteration",
  document: "document",
  cycle: "cycle",
  state: "state",
  body: "body",
  tag: "tag",
  institution: "institution",
  action: "action",
  cycleEvent: "cycleEvent",
} as const satisfies Record<string, PolicyEntity>;
export type BinKind = keyof typeof RESTORE_POLICY;
export const BIN_KINDS = Object.keys(RESTORE_POLICY) as BinKind[];

const RESTORE: Record<BinKind, Restore> = {
  recommendation: restoreRecommendation,
  response: restoreResponse,
  grade: restoreGrade,
  assessment: restoreAssessment,
  evidence: restoreEvidence,
  reiteration: restoreReiteration,
  document: restoreDocument,
  cycle: restoreCycle,
  state: restoreState,
  body: restoreBody,
  tag: restoreTag,
  institution: restoreInstitution,
  action: restoreAction,
  cycleEvent: restoreCycleEvent,
};

/**
 * What each kind shows: a code (a response's stance, an assessment's status), a date, a
 * text (quote, rationale, title, name) and the recommendation it belongs to (its
 * reference, and its id for the link). Columns: kind, id, version, archivedAt, code,
 * date, text, ref, recommendationId.
 */
const REF = `COALESCE(d.symbol, '?') || COALESCE(' ¶ ' || r.paragraph, '')`;
const ROWS: Record<BinKind, string> = {
  recommendation: `SELECT 'recommendation' AS kind, r.id, r.version, r.archived_at AS archivedAt, NULL AS code, NULL AS date,
      COALESCE(r.subject, r.text) AS text, ${REF} AS ref, r.id AS recommendationId
    FROM recommendations r LEFT JOIN documents d ON d.id = r.document_id WHERE r.archived_at IS NOT NULL`,
  response: `SELECT 'response', x.id, x.version, x.archived_at, x.stance, x.date, x.quote, ${REF}, x.recommendation_id
    FROM state_responses x JOIN recommendations r ON r.id = x.recommendation_id LEFT JOIN documents d ON d.id = r.document_id
    WHERE x.archived_at IS NOT NULL`,
  grade: `SELECT 'grade', x.id, x.version, x.archived_at, NULL, x.date, x.grade_as_written, ${REF}, x.recommendation_id
    FROM follow_up_grades x JOIN recommendations r ON r.id = x.recommendation_id LEFT JOIN documents d ON d.id = r.document_id
    WHERE x.archived_at IS NOT NULL`,
  assessment: `SELECT 'assessment', x.id, x.version, x.archived_at, x.status, x.date, x.rationale, ${REF}, x.recommendation_id
    FROM assessments x JOIN recommendations r ON r.id = x.recommendation_id LEFT JOIN documents d ON d.id = r.document_id
    WHERE x.archived_at IS NOT NULL`,
  evidence: `SELECT 'evidence', e.id, e.version, e.archived_at, NULL, e.date, e.title, NULL,
      (SELECT MIN(recommendation_id) FROM recommendation_evidence WHERE evidence_id = e.id)
    FROM evidence e WHERE e.archived_at IS NOT NULL`,
  reiteration: `SELECT 'reiteration', x.id, x.version, x.archived_at, NULL, NULL,
      COALESCE(ed.symbol, '?') || COALESCE(' ¶ ' || er.paragraph, ''), ${REF}, x.recommendation_id
    FROM reiterations x JOIN recommendations r ON r.id = x.recommendation_id LEFT JOIN documents d ON d.id = r.document_id
    JOIN recommendations er ON er.id = x.earlier_id LEFT JOIN documents ed ON ed.id = er.document_id WHERE x.archived_at IS NOT NULL`,
  document: `SELECT 'document', d.id, d.version, d.archived_at, NULL, d.date, COALESCE(d.symbol || ' — ', '') || d.title, NULL, NULL
    FROM documents d WHERE d.archived_at IS NOT NULL`,
  cycle: `SELECT 'cycle', c.id, c.version, c.archived_at, NULL, NULL, s.code || ' · ' || b.code || ' · ' || c.ordinal, NULL, NULL
    FROM review_cycles c JOIN states s ON s.id = c.state_id JOIN bodies b ON b.id = c.body_id WHERE c.archived_at IS NOT NULL`,
  state: `SELECT 'state', s.id, s.version, s.archived_at, NULL, NULL, s.name || ' (' || s.code || ')', NULL, NULL
    FROM states s WHERE s.archived_at IS NOT NULL`,
  body: `SELECT 'body', b.id, b.version, b.archived_at, NULL, NULL, b.code || ' — ' || b.name, NULL, NULL
    FROM bodies b WHERE b.archived_at IS NOT NULL`,
  tag: `SELECT 'tag', t.id, t.version, t.archived_at, t.kind, NULL, t.name, NULL, NULL FROM tags t WHERE t.archived_at IS NOT NULL`,
  institution: `SELECT 'institution', i.id, i.version, i.archived_at, i.kind, NULL, i.name || ' (' || s.code || ')', NULL, NULL
    FROM institutions i JOIN states s ON s.id = i.state_id WHERE i.archived_at IS NOT NULL`,
  action: `SELECT 'action', x.id, x.version, x.archived_at, x.status, NULL, x.title, ${REF}, x.recommendation_id
    FROM actions x JOIN recommendations r ON r.id = x.recommendation_id LEFT JOIN documents d ON d.id = r.document_id
    WHERE x.archived_at IS NOT NULL`,
  cycleEvent: `SELECT 'cycleEvent', e.id, e.version, e.archived_at, NULL, e.date,
      e.title || ' — ' || s.code || ' · ' || b.code || ' · ' || c.ordinal, NULL, NULL
    FROM cycle_events e JOIN review_cycles c ON c.id = e.cycle_id JOIN states s ON s.id = c.state_id JOIN bodies b ON b.id = c.body_id
    WHERE e.archived_at IS NOT NULL`,
};

export type BinRow = {
  kind: BinKind;
  id: number;
  version: number;
  /** Unix seconds. */
  archivedAt: number;
  /** A response's stance, an assessment's or action's status, a tag's or institution's kind (a key: show its label). */
  code: string | null;
  date: string | null;
  /** The quote, rationale, grade, title or name, as recorded. */
  text: string | null;
  /** A reiteration link's earlier end; the recommendation a history row belongs to. */
  ref: string | null;
  recommendationId: number | null;
  /** Whether this reader may restore it. */
  canRestore: boolean;
};

export function listArchivedRecords(
  db: Executor,
  actor: Actor | null,
  opts: { kind?: BinKind; page?: number; per?: number } = {},
): { rows: BinRow[]; total: number; counts: Record<BinKind, number> } {
  assertCan(actor, "archive", "read");
  const kinds = opts.kind ? [opts.kind] : BIN_KINDS;
  const union = sql.raw(kinds.map((k) => ROWS[k]).join(" UNION ALL "));
  const per = opts.per ?? 50;
  const offset = ((opts.page ?? 1) - 1) * per;
  const rows = db.all<Omit<BinRow, "canRestore">>(
    sql`SELECT * FROM (${union}) ORDER BY archivedAt DESC, kind, id DESC LIMIT ${per} OFFSET ${offset}`,
  );
  const counts = Object.fromEntries(BIN_KINDS.map((k) => [k, 0])) as Record<BinKind, number>;
  for (const c of db.all<{ kind: BinKind; n: number }>(
    sql.raw(`SELECT kind, COUNT(*) AS n FROM (${BIN_KINDS.map((k) => ROWS[k]).join(" UNION ALL ")}) GROUP BY kind`),
  ))
    counts[c.kind] = c.n;
  return {
    rows: rows.map((r) => ({ ...r, canRestore: can(actor, RESTORE_POLICY[r.kind], "restore") })),
    total: kinds.reduce((a, k) => a + counts[k], 0),
    counts,
  };
}

/** Restores one archived record of any kind, through that kind's own restore (version check, role, audit). */
export function restoreArchived(
  db: DB,
  actor: Actor | null | undefined,
  kind: string,
  id: number,
  input: VersionInput,
) {
  if (!(kind in RESTORE)) throw new NotFoundError("record type", kind);
  return RESTORE[kind as BinKind](db, actor, id, input);
}

export const binRestorePolicy = (kind: BinKind) => RESTORE_POLICY[kind];
