import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { archivable, editable } from "./common";
import { GRADE_LETTERS, REITERATION_KINDS, STANCES, STATUSES, TAG_KINDS, UPR_POSITIONS } from "./enums";
import { bodies, documents, reviewCycles, states } from "./reference";
import { users } from "./users";

/**
 * One recommendation (or one lettered sub-paragraph) addressed to a state.
 *
 * The columns under "derived" are kept by lib/data in the same transaction as
 * the history rows they summarise (latest assessment, latest response, chain
 * root), so that search and dashboards at 300,000 rows group by plain indexed
 * columns instead of re-deriving "latest" with window functions on every page.
 */
export const recommendations = sqliteTable(
  "recommendations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => reviewCycles.id),
    documentId: integer("document_id").references(() => documents.id),
    /** Paragraph as written ("23", "40 (b)", "186.20"); NULL when unknown. */
    paragraph: text("paragraph"),
    /** A short subject line staff give it ("Conscientious objection …"). */
    subject: text("subject"),
    text: text("text").notNull(),
    isFollowUp: integer("is_follow_up", { mode: "boolean" }).notNull().default(false),
    followUpDeadline: text("follow_up_deadline"),
    uprPosition: text("upr_position", { enum: UPR_POSITIONS }),
    /** The position as the source wrote it ("Accepted", "Supported/Noted"). */
    uprPositionRaw: text("upr_position_raw"),
    uprPositionSource: text("upr_position_source"),
    uprActionCategory: integer("upr_action_category"),
    /** Stable key from an import source (UHRI annotation id, file hash + row) for idempotent re-import. */
    externalKey: text("external_key"),
    importBatchId: integer("import_batch_id"),
    /**
     * An editor changed the recommendation in the tracker (lib/data/recommendations-write.ts).
     * A later import of a file that brought it in leaves it as the editor made it.
     */
    editedSinceImport: integer("edited_since_import", { mode: "boolean" }).notNull().default(false),
    createdById: integer("created_by_id").references(() => users.id),

    // derived — denormalised from the cycle and from history rows
    stateId: integer("state_id")
      .notNull()
      .references(() => states.id),
    bodyId: integer("body_id")
      .notNull()
      .references(() => bodies.id),
    year: integer("year"),
    status: text("status", { enum: STATUSES }),
    statusDate: text("status_date"),
    latestStance: text("latest_stance", { enum: STANCES }),
    latestStanceDate: text("latest_stance_date"),
    latestGrade: text("latest_grade", { enum: GRADE_LETTERS }),
    /** Year of the earliest recommendation in its reiteration chain ("outstanding since"). */
    chainStartYear: integer("chain_start_year"),
    reiteratesEarlier: integer("reiterates_earlier", { mode: "boolean" }).notNull().default(false),
    reiteratedLater: integer("reiterated_later", { mode: "boolean" }).notNull().default(false),

    ...editable,
    ...archivable,
  },
  (t) => [
    index("recommendations_cycle_idx").on(t.cycleId),
    index("recommendations_document_idx").on(t.documentId),
    index("recommendations_state_idx").on(t.stateId),
    index("recommendations_body_idx").on(t.bodyId),
    index("recommendations_year_idx").on(t.year),
    index("recommendations_status_idx").on(t.status),
    index("recommendations_stance_idx").on(t.latestStance),
    index("recommendations_grade_idx").on(t.latestGrade),
    index("recommendations_created_by_idx").on(t.createdById),
    index("recommendations_import_batch_idx").on(t.importBatchId),
    index("recommendations_state_body_status_idx").on(t.stateId, t.bodyId, t.status),
    uniqueIndex("recommendations_external_key_uq").on(t.externalKey),
  ],
);
export type RecommendationRow = typeof recommendations.$inferSelect;
export type NewRecommendation = typeof recommendations.$inferInsert;

/** UPR: the state(s) that made a recommendation, as the source names them. */
export const recommendingStates = sqliteTable(
  "recommending_states",
  {
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    stateId: integer("state_id").references(() => states.id),
  },
  (t) => [
    primaryKey({ columns: [t.recommendationId, t.name] }),
    index("recommending_states_state_idx").on(t.stateId),
    index("recommending_states_name_idx").on(t.name),
  ],
);

/** Curated tags: themes, affected persons and SDG targets (as in UHRI). */
export const tags = sqliteTable(
  "tags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: TAG_KINDS }).notNull(),
    name: text("name").notNull(),
    ...editable,
    ...archivable,
  },
  (t) => [uniqueIndex("tags_kind_name_uq").on(t.kind, t.name)],
);
export type TagRow = typeof tags.$inferSelect;

export const recommendationTags = sqliteTable(
  "recommendation_tags",
  {
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id),
    /**
     * Copies of the recommendation's current status and of "not archived", kept by
     * triggers (migration 0006) — never written by the app. The dashboard's status-by-theme
     * chart counts 700,000 links from an index on them instead of reading the
     * recommendation behind each link.
     */
    recommendationStatus: text("recommendation_status", { enum: STATUSES }),
    recommendationLive: integer("recommendation_live", { mode: "boolean" }).notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.recommendationId, t.tagId] }),
    index("recommendation_tags_tag_idx").on(t.tagId, t.recommendationId),
    index("recommendation_tags_live_status_idx")
      .on(t.tagId, t.recommendationStatus)
      .where(sql`recommendation_live = 1`),
  ],
);

/** "This recommendation repeats (or follows up) that earlier one." */
export const reiterations = sqliteTable(
  "reiterations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id),
    earlierId: integer("earlier_id")
      .notNull()
      .references(() => recommendations.id),
    kind: text("kind", { enum: REITERATION_KINDS }).notNull().default("reiterates"),
    note: text("note"),
    ...editable,
    /** A link removed by an editor is archived, not deleted, so it can be restored. */
    ...archivable,
  },
  (t) => [
    uniqueIndex("reiterations_pair_uq").on(t.recommendationId, t.earlierId),
    index("reiterations_earlier_idx").on(t.earlierId),
  ],
);
export type ReiterationRow = typeof reiterations.$inferSelect;
