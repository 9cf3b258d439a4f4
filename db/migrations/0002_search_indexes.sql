-- Indexes for search and facet counts at 300,000 recommendations (figures in
-- docs/benchmarks.md). Partial on archived_at IS NULL because every
-- search excludes archived rows, and the smaller index is the one SQLite scans.
-- They live in a custom migration, not in db/schema: drizzle-kit cannot express
-- partial covering indexes there without also re-creating them.
--
-- Covering: every column a facet filters or counts, so counting and the facet
-- base never read the wide table rows (which carry the text).
CREATE INDEX `recommendations_search_facets_idx` ON `recommendations` (
  `body_id`, `state_id`, `cycle_id`, `year`, `status`, `latest_stance`, `latest_grade`,
  `reiterates_earlier`, `reiterated_later`, `is_follow_up`, `chain_start_year`, `follow_up_deadline`
) WHERE `archived_at` IS NULL;
--> statement-breakpoint
-- Newest-first order of the unfiltered list, and the narrowest index for COUNT(*).
CREATE INDEX `recommendations_live_year_idx` ON `recommendations` (`year`) WHERE `archived_at` IS NULL;
