import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { archivable, editable } from "./common";
import { BODY_KINDS, DOCUMENT_KINDS } from "./enums";

/** States under review, by ISO 3166-1 alpha-3 code (as in UN symbols: KAZ). */
export const states = sqliteTable("states", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  /** Shown on the public portal (/public) with its recommendations and their history; evidence needs its own flag. */
  published: integer("published", { mode: "boolean" }).notNull().default(false),
  ...editable,
  ...archivable,
});
export type StateRow = typeof states.$inferSelect;
export type NewState = typeof states.$inferInsert;

/** A mechanism that recommends: a treaty body, the UPR, or Special Procedures. */
export const bodies = sqliteTable(
  "bodies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind", { enum: BODY_KINDS }).notNull(),
    /** Treaty or legal basis, e.g. "ICCPR (1966)". */
    treaty: text("treaty"),
    ...editable,
    ...archivable,
  },
  (t) => [index("bodies_kind_idx").on(t.kind)],
);
export type BodyRow = typeof bodies.$inferSelect;
export type NewBody = typeof bodies.$inferInsert;

/**
 * One review of one state by one body. Dates are ISO 8601 text and may be
 * partial ("2011", "2023-04") because sources often give only a year.
 */
export const reviewCycles = sqliteTable(
  "review_cycles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    stateId: integer("state_id")
      .notNull()
      .references(() => states.id),
    bodyId: integer("body_id")
      .notNull()
      .references(() => bodies.id),
    ordinal: integer("ordinal").notNull(),
    /** UPR session number (UPR 7, UPR 20 …) where the body is the UPR. */
    uprSession: integer("upr_session"),
    reportDate: text("report_date"),
    sessionDate: text("session_date"),
    adoptionDate: text("adoption_date"),
    followUpDeadline: text("follow_up_deadline"),
    nextReportDue: text("next_report_due"),
    /**
     * Treaty bodies: the paragraphs the body picked for its follow-up procedure, as
     * written ("7, 21, 25, 26"). Kept here even when their texts are not recorded as
     * recommendations, so a story can say whether a paragraph was selected.
     */
    followUpParagraphs: text("follow_up_paragraphs"),
    notes: text("notes"),
    ...editable,
    ...archivable,
  },
  (t) => [
    uniqueIndex("review_cycles_state_body_ordinal_uq").on(t.stateId, t.bodyId, t.ordinal),
    index("review_cycles_body_idx").on(t.bodyId),
  ],
);
export type ReviewCycleRow = typeof reviewCycles.$inferSelect;
export type NewReviewCycle = typeof reviewCycles.$inferInsert;

/**
 * A source: a UN document (with its symbol) or anything else that is cited
 * (a court decision, an article, a law), which needs only a title.
 */
export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    symbol: text("symbol"),
    title: text("title").notNull(),
    kind: text("kind", { enum: DOCUMENT_KINDS }).notNull(),
    date: text("date"),
    url: text("url"),
    /** Who published it when it is not a UN document (e.g. "Forum 18"). */
    publisher: text("publisher"),
    cycleId: integer("cycle_id").references(() => reviewCycles.id),
    stateId: integer("state_id").references(() => states.id),
    bodyId: integer("body_id").references(() => bodies.id),
    ...editable,
    ...archivable,
  },
  (t) => [
    uniqueIndex("documents_symbol_uq")
      .on(t.symbol)
      .where(sql`${t.symbol} IS NOT NULL`),
    index("documents_cycle_idx").on(t.cycleId),
    index("documents_state_idx").on(t.stateId),
    index("documents_body_idx").on(t.bodyId),
    index("documents_kind_idx").on(t.kind),
  ],
);
export type DocumentRow = typeof documents.$inferSelect;
export type NewDocument = typeof documents.$inferInsert;
