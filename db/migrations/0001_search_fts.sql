-- Full-text search over recommendations (lib/search/sql.ts reads it).
--
-- An external-content FTS5 index: the words are indexed once, the text itself
-- stays in `recommendations` (read back through the view below only for the
-- snippets of the rows on screen), so 300,000 texts are not stored twice.
-- The view adds the document symbol so "CCPR/C/KAZ/CO/2" finds its paragraphs.
--
-- unicode61 remove_diacritics 2: case- and accent-insensitive in every script
-- ("État" = "etat", "СВОБОДА" = "свобода"); prefix='2 3' keeps "свобод*" fast.
--
-- With external content the index must be told the OLD values on delete, so
-- the triggers below pass exactly what was indexed. Archived rows stay in the
-- index (archiving is reversible); searches filter them out by archived_at.
CREATE VIEW `recommendation_search_source` AS
  SELECT r.`id` AS `id`, r.`text` AS `text`, r.`subject` AS `subject`, r.`paragraph` AS `paragraph`, d.`symbol` AS `symbol`
  FROM `recommendations` r LEFT JOIN `documents` d ON d.`id` = r.`document_id`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `recommendation_search` USING fts5(
  `text`, `subject`, `paragraph`, `symbol`,
  content='recommendation_search_source', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `recommendation_search_ai` AFTER INSERT ON `recommendations` BEGIN
  INSERT INTO `recommendation_search`(rowid, `text`, `subject`, `paragraph`, `symbol`)
  VALUES (NEW.`id`, NEW.`text`, NEW.`subject`, NEW.`paragraph`, (SELECT `symbol` FROM `documents` WHERE `id` = NEW.`document_id`));
END;
--> statement-breakpoint
CREATE TRIGGER `recommendation_search_ad` AFTER DELETE ON `recommendations` BEGIN
  INSERT INTO `recommendation_search`(`recommendation_search`, rowid, `text`, `subject`, `paragraph`, `symbol`)
  VALUES ('delete', OLD.`id`, OLD.`text`, OLD.`subject`, OLD.`paragraph`, (SELECT `symbol` FROM `documents` WHERE `id` = OLD.`document_id`));
END;
--> statement-breakpoint
-- Only the indexed columns: refreshRecommendation rewrites the derived columns
-- after every edit and must not cost a re-index.
CREATE TRIGGER `recommendation_search_au` AFTER UPDATE OF `text`, `subject`, `paragraph`, `document_id` ON `recommendations` BEGIN
  INSERT INTO `recommendation_search`(`recommendation_search`, rowid, `text`, `subject`, `paragraph`, `symbol`)
  VALUES ('delete', OLD.`id`, OLD.`text`, OLD.`subject`, OLD.`paragraph`, (SELECT `symbol` FROM `documents` WHERE `id` = OLD.`document_id`));
  INSERT INTO `recommendation_search`(rowid, `text`, `subject`, `paragraph`, `symbol`)
  VALUES (NEW.`id`, NEW.`text`, NEW.`subject`, NEW.`paragraph`, (SELECT `symbol` FROM `documents` WHERE `id` = NEW.`document_id`));
END;
--> statement-breakpoint
CREATE TRIGGER `recommendation_search_doc_au` AFTER UPDATE OF `symbol` ON `documents` WHEN OLD.`symbol` IS NOT NEW.`symbol` BEGIN
  INSERT INTO `recommendation_search`(`recommendation_search`, rowid, `text`, `subject`, `paragraph`, `symbol`)
  SELECT 'delete', r.`id`, r.`text`, r.`subject`, r.`paragraph`, OLD.`symbol` FROM `recommendations` r WHERE r.`document_id` = NEW.`id`;
  INSERT INTO `recommendation_search`(rowid, `text`, `subject`, `paragraph`, `symbol`)
  SELECT r.`id`, r.`text`, r.`subject`, r.`paragraph`, NEW.`symbol` FROM `recommendations` r WHERE r.`document_id` = NEW.`id`;
END;
--> statement-breakpoint
-- Backfill what was there before this migration.
INSERT INTO `recommendation_search`(`recommendation_search`) VALUES ('rebuild');
