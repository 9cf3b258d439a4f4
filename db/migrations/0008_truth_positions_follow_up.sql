ALTER TABLE `review_cycles` ADD `follow_up_paragraphs` text;--> statement-breakpoint
ALTER TABLE `reiterations` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `state_responses` ADD `from_upr_position` integer DEFAULT false NOT NULL;
--> statement-breakpoint
-- A UPR position is the state's response (README, "Vocabulary"): Supported → accepts,
-- Noted → noted, Supported/Noted → partially accepts. Recommendations already held get
-- that response here, dated by its source — the addendum that gave the positions, else the
-- session's adoption, else the year — with the position and its source as written.
-- Idempotent: a recommendation that already has one (even one an editor archived) gets none.
-- lib/data/upr-position-responses.ts writes the same rows for imports.
INSERT INTO `state_responses` (`recommendation_id`, `date`, `document_id`, `quote`, `stance`, `notes`, `from_upr_position`)
SELECT r.id,
  COALESCE(
    (SELECT d.date FROM `documents` d WHERE d.id = r.document_id AND d.kind = 'upr_addendum'),
    (SELECT c.adoption_date FROM `review_cycles` c WHERE c.id = r.cycle_id),
    CAST(r.year AS TEXT)),
  (SELECT d.id FROM `documents` d WHERE d.id = r.document_id AND d.kind IN ('upr_report', 'upr_addendum')),
  COALESCE(r.upr_position_raw, CASE r.upr_position WHEN 'supported' THEN 'Supported' WHEN 'noted' THEN 'Noted' ELSE 'Supported/Noted' END),
  CASE r.upr_position WHEN 'supported' THEN 'accepts' WHEN 'noted' THEN 'noted' ELSE 'partially_accepts' END,
  r.upr_position_source,
  1
FROM `recommendations` r
WHERE r.upr_position IS NOT NULL
  AND COALESCE(
    (SELECT d.date FROM `documents` d WHERE d.id = r.document_id AND d.kind = 'upr_addendum'),
    (SELECT c.adoption_date FROM `review_cycles` c WHERE c.id = r.cycle_id),
    CAST(r.year AS TEXT)) IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM `state_responses` x WHERE x.recommendation_id = r.id AND x.from_upr_position = 1);
--> statement-breakpoint
-- The derived "latest response" columns (lib/data/derived.ts) of the recommendations concerned.
UPDATE `recommendations` SET
  `latest_stance` = (SELECT x.stance FROM `state_responses` x WHERE x.recommendation_id = recommendations.id AND x.archived_at IS NULL ORDER BY x.date DESC, x.id DESC LIMIT 1),
  `latest_stance_date` = (SELECT x.date FROM `state_responses` x WHERE x.recommendation_id = recommendations.id AND x.archived_at IS NULL ORDER BY x.date DESC, x.id DESC LIMIT 1)
WHERE `id` IN (SELECT `recommendation_id` FROM `state_responses` WHERE `from_upr_position` = 1);
--> statement-breakpoint
-- "Outstanding" now also covers partially implemented recommendations and unassessed ones a
-- later recommendation reiterates (lib/domain/outstanding.ts). The dashboard's years-outstanding
-- chart and "Longest outstanding" list read one partial index holding exactly the outstanding
-- live rows, keyed by the chain's first year; its WHERE repeats outstandingSqlText() literally,
-- as SQLite matches a partial index only to a query that contains its terms
-- (tests/dashboard/outstanding-index.test.ts checks the two agree).
DROP INDEX IF EXISTS `recommendations_outstanding_assessed_idx`;
--> statement-breakpoint
DROP INDEX IF EXISTS `recommendations_outstanding_unassessed_idx`;
--> statement-breakpoint
DROP INDEX IF EXISTS `recommendations_unimplemented_since_idx`;
--> statement-breakpoint
CREATE INDEX `recommendations_outstanding_since_idx` ON `recommendations` (COALESCE(`chain_start_year`, `year`))
  WHERE archived_at IS NULL AND (status IN ('not_implemented', 'partially_implemented', 'regressed') OR (status IS NULL AND reiterated_later = 1));
