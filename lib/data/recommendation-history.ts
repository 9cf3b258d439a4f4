import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import type { EvidenceKind, GradeLetter, Stance, Status } from "../../db/schema/enums";
import { assertCan } from "../auth/policy";
import type { Actor } from "../auth/roles";

/**
 * What an editor needs to correct or withdraw the facts recorded for one
 * recommendation: every state response, follow-up grade, assessment, evidence
 * item and reiteration link with its version (for the version check), live
 * and archived. Viewers never get this (the page shows them the story only).
 */
export type HistoryKind = "response" | "grade" | "assessment" | "evidence" | "reiteration";

export type HistoryResponse = {
  id: number;
  version: number;
  archived: boolean;
  date: string;
  stance: Stance;
  quote: string | null;
  documentId: number | null;
  notes: string | null;
};
export type HistoryGrade = {
  id: number;
  version: number;
  archived: boolean;
  date: string;
  grade: string;
  gradeLetter: GradeLetter;
  documentId: number | null;
  notes: string | null;
};
export type HistoryAssessment = {
  id: number;
  version: number;
  archived: boolean;
  date: string;
  status: Status;
  rationale: string;
  authorName: string | null;
  evidenceIds: number[];
};
export type HistoryEvidence = {
  id: number;
  version: number;
  archived: boolean;
  date: string | null;
  kind: EvidenceKind;
  title: string;
  summary: string | null;
  sourceUrl: string | null;
};
/** A link seen from this recommendation: the other end, and whether it is earlier (this one repeats it). */
export type HistoryLink = {
  id: number;
  version: number;
  archived: boolean;
  otherId: number;
  otherIsEarlier: boolean;
  symbol: string | null;
  paragraph: string | null;
  year: number | null;
};

export type RecommendationHistory = {
  responses: HistoryResponse[];
  grades: HistoryGrade[];
  assessments: HistoryAssessment[];
  evidence: HistoryEvidence[];
  links: HistoryLink[];
};

/** A row as SQLite returns it: booleans as 0/1. */
type Raw<T, K extends keyof T = never> = Omit<T, "archived" | K> & { archived: number } & { [P in K]: unknown };

export function getRecommendationHistory(db: Executor, actor: Actor | null, id: number): RecommendationHistory {
  assertCan(actor, "response", "update");
  const responses = db.all<Raw<HistoryResponse>>(sql`
    SELECT id, version, archived_at IS NOT NULL AS archived, date, stance, quote, document_id AS documentId, notes
    FROM state_responses WHERE recommendation_id = ${id} ORDER BY date, id`);
  const grades = db.all<Raw<HistoryGrade>>(sql`
    SELECT id, version, archived_at IS NOT NULL AS archived, date, grade_as_written AS grade, grade_letter AS gradeLetter,
      document_id AS documentId, notes
    FROM follow_up_grades WHERE recommendation_id = ${id} ORDER BY date, id`);
  const assessments = db.all<Raw<HistoryAssessment, "evidenceIds">>(sql`
    SELECT a.id, a.version, a.archived_at IS NOT NULL AS archived, a.date, a.status, a.rationale, a.author_name AS authorName,
      (SELECT json_group_array(ae.evidence_id) FROM assessment_evidence ae WHERE ae.assessment_id = a.id) AS evidenceIds
    FROM assessments a WHERE a.recommendation_id = ${id} ORDER BY a.date, a.id`);
  const evidence = db.all<Raw<HistoryEvidence>>(sql`
    SELECT e.id, e.version, e.archived_at IS NOT NULL AS archived, e.date, e.kind, e.title, e.summary, e.source_url AS sourceUrl
    FROM evidence e
    WHERE e.id IN (
      SELECT evidence_id FROM recommendation_evidence WHERE recommendation_id = ${id}
      UNION SELECT ae.evidence_id FROM assessment_evidence ae JOIN assessments a ON a.id = ae.assessment_id
        WHERE a.recommendation_id = ${id} AND a.archived_at IS NULL)
    ORDER BY e.date, e.id`);
  const links = db.all<Raw<HistoryLink, "otherIsEarlier">>(sql`
    SELECT x.id, x.version, x.archived_at IS NOT NULL AS archived, o.id AS otherId, x.recommendation_id = ${id} AS otherIsEarlier,
      d.symbol, o.paragraph, o.year
    FROM reiterations x
    JOIN recommendations o ON o.id = CASE WHEN x.recommendation_id = ${id} THEN x.earlier_id ELSE x.recommendation_id END
    LEFT JOIN documents d ON d.id = o.document_id
    WHERE x.recommendation_id = ${id} OR x.earlier_id = ${id}
    ORDER BY o.year, o.id`);
  const flag = <T extends { archived: number }>(rows: T[]) =>
    rows.map(({ archived, ...rest }) => ({ ...rest, archived: !!archived }));
  return {
    responses: flag(responses),
    grades: flag(grades),
    assessments: flag(assessments).map((a) => ({
      ...a,
      evidenceIds: (JSON.parse(String(a.evidenceIds)) as (number | null)[]).filter((x): x is number => x !== null),
    })),
    evidence: flag(evidence),
    links: flag(links).map((l) => ({ ...l, otherIsEarlier: !!l.otherIsEarlier })),
  };
}
