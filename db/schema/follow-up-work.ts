import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { archivable, editable } from "./common";
import { ACTION_STATUSES, INSTITUTION_KINDS } from "./enums";
import { evidence } from "./follow-up";
import { recommendations } from "./recommendations";
import { reviewCycles, states } from "./reference";
import { users } from "./users";

/** A state's institution that can be made responsible for an action (a ministry, the parliament …). */
export const institutions = sqliteTable(
  "institutions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    stateId: integer("state_id")
      .notNull()
      .references(() => states.id),
    name: text("name").notNull(),
    kind: text("kind", { enum: INSTITUTION_KINDS }).notNull(),
    ...editable,
    ...archivable,
  },
  (t) => [uniqueIndex("institutions_state_name_uq").on(t.stateId, t.name)],
);
export type InstitutionRow = typeof institutions.$inferSelect;

/** What is to be done about a recommendation, by whom and by when. */
export const actions = sqliteTable(
  "actions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id),
    title: text("title").notNull(),
    description: text("description"),
    focalPointName: text("focal_point_name"),
    focalPointContact: text("focal_point_contact"),
    /** Partial ISO date, due at the end of the period it names (lib/deadlines.ts). */
    dueDate: text("due_date"),
    status: text("status", { enum: ACTION_STATUSES }).notNull().default("planned"),
    createdById: integer("created_by_id").references(() => users.id),
    ...editable,
    ...archivable,
  },
  (t) => [
    index("actions_recommendation_idx").on(t.recommendationId),
    index("actions_due_date_idx").on(t.dueDate),
    index("actions_created_by_idx").on(t.createdById),
  ],
);
export type ActionRow = typeof actions.$inferSelect;

export const actionInstitutions = sqliteTable(
  "action_institutions",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    institutionId: integer("institution_id")
      .notNull()
      .references(() => institutions.id),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.institutionId] }),
    index("action_institutions_institution_idx").on(t.institutionId, t.actionId),
  ],
);

/** A dated note on how an action is going, optionally backed by an evidence item or a link. */
export const actionProgress = sqliteTable(
  "action_progress",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id),
    date: text("date").notNull(),
    note: text("note").notNull(),
    evidenceId: integer("evidence_id").references(() => evidence.id),
    sourceUrl: text("source_url"),
    createdById: integer("created_by_id").references(() => users.id),
    ...editable,
    ...archivable,
  },
  (t) => [
    index("action_progress_action_idx").on(t.actionId, t.date),
    index("action_progress_evidence_idx").on(t.evidenceId),
    index("action_progress_created_by_idx").on(t.createdById),
  ],
);
export type ActionProgressRow = typeof actionProgress.$inferSelect;

/** A dated event an editor adds to a review cycle ("NGO submissions for the session due"). */
export const cycleEvents = sqliteTable(
  "cycle_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => reviewCycles.id),
    date: text("date").notNull(),
    title: text("title").notNull(),
    notes: text("notes"),
    createdById: integer("created_by_id").references(() => users.id),
    ...editable,
    ...archivable,
  },
  (t) => [
    index("cycle_events_cycle_idx").on(t.cycleId),
    index("cycle_events_date_idx").on(t.date),
    index("cycle_events_created_by_idx").on(t.createdById),
  ],
);
export type CycleEventRow = typeof cycleEvents.$inferSelect;
