-- The similarity index behind reiteration candidates and tag suggestions
-- (lib/data/reiteration-candidates.ts, lib/data/tag-suggestions.ts).
--
-- Each recommendation's subject and text as Snowball stems (English, French,
-- Spanish, Russian), computed by lexical_terms() — a JS function db/index.ts
-- registers on every connection (lib/suggestions/lexical.ts). SQLite's own
-- tokenizers stem English only, so the stems are made before they reach FTS5.
--
-- `state` holds one token, "s<state id>": candidates are looked for among one
-- state's recommendations, and an AND with that token lets FTS5 skip the rest.
--
-- The stems are stored (not contentless): candidates are scored from each
-- earlier recommendation's stems, read back here instead of stemming its text
-- again (43 ms for a state's 600 texts at 300,000 recommendations, against
-- ~2 ms to read them). A stored row is also deleted by its rowid alone, so a
-- later change of the stemmer cannot leave stale terms behind. About 70 MB at
-- 300,000 recommendations.
--
-- The vocabulary table gives each stem's document frequency, for the inverse
-- document frequencies lib/data/similarity-stats.ts keeps in memory.
--
-- Kept up to date by triggers, like the search index (migration 0001); the
-- WHEN clause keeps refreshRecommendation (which rewrites state_id with every
-- history change) from re-indexing an unchanged text. scripts/synth/bulk.ts
-- and lib/data/import.ts set the insert trigger aside for bulk loads and index
-- the new rows in one statement.
CREATE VIRTUAL TABLE `recommendation_similarity` USING fts5(
  `state`, `terms`,
  tokenize='unicode61 remove_diacritics 0'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `recommendation_similarity_vocab` USING fts5vocab(`recommendation_similarity`, 'row');
--> statement-breakpoint
CREATE TRIGGER `recommendation_similarity_ai` AFTER INSERT ON `recommendations` BEGIN
  INSERT INTO `recommendation_similarity`(rowid, `state`, `terms`)
  VALUES (NEW.`id`, 's' || NEW.`state_id`, lexical_terms(COALESCE(NEW.`subject` || ' ', '') || NEW.`text`));
END;
--> statement-breakpoint
CREATE TRIGGER `recommendation_similarity_au` AFTER UPDATE OF `text`, `subject`, `state_id` ON `recommendations`
WHEN OLD.`text` IS NOT NEW.`text` OR OLD.`subject` IS NOT NEW.`subject` OR OLD.`state_id` IS NOT NEW.`state_id` BEGIN
  DELETE FROM `recommendation_similarity` WHERE rowid = OLD.`id`;
  INSERT INTO `recommendation_similarity`(rowid, `state`, `terms`)
  VALUES (NEW.`id`, 's' || NEW.`state_id`, lexical_terms(COALESCE(NEW.`subject` || ' ', '') || NEW.`text`));
END;
--> statement-breakpoint
CREATE TRIGGER `recommendation_similarity_ad` AFTER DELETE ON `recommendations` BEGIN
  DELETE FROM `recommendation_similarity` WHERE rowid = OLD.`id`;
END;
--> statement-breakpoint
-- What ranking reads of each of a state's recommendations besides its stems
-- (lib/data/reiteration-core.ts loadPool), without reading the rows and their texts.
CREATE INDEX `recommendations_state_pool_idx` ON `recommendations` (`state_id`, `body_id`, `year`, `cycle_id`, `document_id`)
  WHERE `archived_at` IS NULL;
--> statement-breakpoint
-- Backfill what was there before this migration.
INSERT INTO `recommendation_similarity`(rowid, `state`, `terms`)
  SELECT `id`, 's' || `state_id`, lexical_terms(COALESCE(`subject` || ' ', '') || `text`) FROM `recommendations`;
