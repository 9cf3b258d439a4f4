import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { archivable, editable } from "./common";
import { EVIDENCE_KINDS, GRADE_LETTERS, STANCES, STATUSES } from "./enums";
import { documents, states } from "./reference";
import { recommendations } from "./recommendations";
import { users } from "./users";

/**
 * History rows. They are never hard-deleted (archived at most) and never
 * overwritten in place by a new fact: a new reply is a new row.
 */
export const stateResponses = sqliteTable(
  "state_responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id),
    date: text("date").notNull(),
    documentId: integer("document_id").references(() => documents.id),
    quote: text("quote"),
    stance: text("stance", { enum: STANCES }).notNull(),
    notes: text("notes"),
    /**
     * The response is the state's UPR position (Supported, Noted …) as a source gave
     * it, written by an import or migration 0008. Such a response is written once per
     * recommendation: an import never writes it again, nor one an editor has archived.
     */
    fromUprPosition: integer("from_upr_position", { mode: "boolean" }).notNull().default(false),
    createdById: integer("created_by_id").references(() => users.id),
    ...editable,
    ...archivable,
  },
  (t) => [
    index("state_responses_recommendation_idx").on(t.recommendationId, t.date),
    index("state_responses_document_idx").on(t.documentId),
    index("state_responses_stance_idx").on(t.stance),
    index("state_responses_created_by_idx").on(t.createdById),
  ],
);
export type StateResponseRow = typeof stateResponses.$inferSelect;

/** A treaty body's follow-up grade, stored as written ("B1", "B, C") and mapped to a letter for charts. */
export const followUpGrades = sqliteTable(
  "follow_up_grades",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id),
    documentId: integer("document_id").references(() => documents.id),
    date: text("date").notNull(),
    gradeAsWritten: text("grade_as_written").notNull(),
    gradeLetter: text("grade_letter", { enum: GRADE_LETTERS }).notNull(),
    notes: text("notes"),
    createdById: integer("created_by_id").references(() => users.id),
    ...editable,
    ...archivable,
  },
  (t) => [
    index("follow_up_grades_recommendation_idx").on(t.recommendationId, t.date),
    index("follow_up_grades_document_idx").on(t.documentId),
    index("follow_up_grades_letter_idx").on(t.gradeLetter),
    index("follow_up_grades_created_by_idx").on(t.createdById),
  ],
);
export type FollowUpGradeRow = typeof followUpGrades.$inferSelect;

/** Dated facts with a source that support an assessment. */
export const evidence = sqliteTable(
  "evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    stateId: integer("state_id").references(() => states.id),
    date: text("date"),
    kind: text("kind", { enum: EVIDENCE_KINDS }).notNull(),
    title: text("title").notNull(),
    summary: text("summary"),
    sourceDocumentId: integer("source_document_id").references(() => documents.id),
    sourceUrl: text("source_url"),
    /** Evidence names victims and witnesses: private unless an editor marks it for the public portal. */
    public: integer("public", { mode: "boolean" }).notNull().default(false),
    createdById: integer("created_by_id").references(() => users.id),
    ...editable,
    ...archivable,
  },
  (t) => [
    index("evidence_state_idx").on(t.stateId),
    index("evidence_source_document_idx").on(t.sourceDocumentId),
    index("evidence_kind_idx").on(t.kind),
    index("evidence_created_by_idx").on(t.createdById),
  ],
);
export type EvidenceRow = typeof evidence.$inferSelect;

/** The NGO's own dated judgement; the latest one is the recommendation's status. */
export const assessments = sqliteTable(
  "assessments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id),
    date: text("date").notNull(),
    status: text("status", { enum: STATUSES }).notNull(),
    rationale: text("rationale").notNull(),
    authorId: integer("author_id").references(() => users.id),
    /** Name as credited (an NGO or researcher), kept even if the user account goes. */
    authorName: text("author_name"),
    ...editable,
    ...archivable,
  },
  (t) => [
    index("assessments_recommendation_idx").on(t.recommendationId, t.date),
    index("assessments_status_idx").on(t.status),
    index("assessments_author_idx").on(t.authorId),
  ],
);
export type AssessmentRow = typeof assessments.$inferSelect;

export const assessmentEvidence = sqliteTable(
  "assessment_evidence",
  {
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    evidenceId: integer("evidence_id")
      .notNull()
      .references(() => evidence.id),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.evidenceId] }),
    index("assessment_evidence_evidence_idx").on(t.evidenceId),
  ],
);

/** Evidence attached to a recommendation directly (not through an assessment). */
export const recommendationEvidence = sqliteTable(
  "recommendation_evidence",
  {
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    evidenceId: integer("evidence_id")
      .notNull()
      .references(() => evidence.id),
  },
  (t) => [
    primaryKey({ columns: [t.recommendationId, t.evidenceId] }),
    index("recommendation_evidence_evidence_idx").on(t.evidenceId),
  ],
);
