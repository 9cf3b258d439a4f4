-- The dashboard's "Longest outstanding" list (lib/dashboard/sql.ts
-- longestOutstandingSql): the ten oldest open chains, assessed ones first.
-- Without these, every first visit after an edit sorted the whole table
-- (~180 ms at 300,000 recommendations); with them the list reads ten index
-- entries. Partial, so each holds only the rows the list can show: live, the
-- latest link of its chain, and not implemented (or not yet assessed).
CREATE INDEX `recommendations_outstanding_assessed_idx` ON `recommendations` (`chain_start_year`)
  WHERE `archived_at` IS NULL AND `reiterated_later` = 0 AND `status` IS NOT NULL AND `status` <> 'implemented';
--> statement-breakpoint
-- Status leads in the second so "status IS NULL" and the order come from one
-- index: the planner otherwise takes the plain status index and sorts.
CREATE INDEX `recommendations_outstanding_unassessed_idx` ON `recommendations` (`status`, `chain_start_year`)
  WHERE `archived_at` IS NULL AND `reiterated_later` = 0 AND `status` IS NULL;
