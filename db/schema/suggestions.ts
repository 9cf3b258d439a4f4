import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { editable } from "./common";
import { recommendations } from "./recommendations";
import { users } from "./users";

/**
 * "This is not an earlier version of that one": an editor's answer to a
 * reiteration candidate (lib/data/reiteration-candidates.ts), remembered so the
 * pair is never suggested again. Removing the row (with its audit entry) lets
 * the pair be suggested again.
 */
export const reiterationDismissals = sqliteTable(
  "reiteration_dismissals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recommendationId: integer("recommendation_id")
      .notNull()
      .references(() => recommendations.id),
    earlierId: integer("earlier_id")
      .notNull()
      .references(() => recommendations.id),
    dismissedById: integer("dismissed_by_id").references(() => users.id),
    note: text("note"),
    ...editable,
  },
  (t) => [
    uniqueIndex("reiteration_dismissals_pair_uq").on(t.recommendationId, t.earlierId),
    index("reiteration_dismissals_earlier_idx").on(t.earlierId),
    index("reiteration_dismissals_user_idx").on(t.dismissedById),
  ],
);
export type ReiterationDismissalRow = typeof reiterationDismissals.$inferSelect;
