-- Facet counts over every live recommendation without reading the table
-- (figures in docs/benchmarks.md). lib/search/sql.ts buildFacetQuery
-- counts the first visit's facets (nothing chosen: 300,000 rows) by scanning
-- narrow covering indexes in their own order, so each GROUP BY streams
-- instead of sorting. Partial on archived_at IS NULL like 0002: searches never
-- count archived rows, and the smaller index is the one SQLite scans.
--
-- Status, stance, grade and "reiterated" in one index: grouped together they
-- make a few hundred groups, which give all five counts from one scan.
CREATE INDEX `recommendations_live_verdict_idx` ON `recommendations` (
  `status`, `latest_stance`, `latest_grade`, `reiterates_earlier`
) WHERE `archived_at` IS NULL;
--> statement-breakpoint
-- "Overdue follow-up" only ever concerns recommendations picked for follow-up
-- (under a tenth): everything the overdue test reads, for those rows only.
CREATE INDEX `recommendations_live_follow_up_idx` ON `recommendations` (
  `cycle_id`, `follow_up_deadline`, `latest_stance`, `latest_grade`
) WHERE `archived_at` IS NULL AND `is_follow_up` = 1;
--> statement-breakpoint
-- Tag counts with nothing chosen come from the (tag_id, recommendation_id)
-- index alone, minus the links of archived recommendations, found here.
CREATE INDEX `recommendations_archived_idx` ON `recommendations` (`archived_at`) WHERE `archived_at` IS NOT NULL;
