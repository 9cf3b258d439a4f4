ALTER TABLE `recommendation_tags` ADD `recommendation_status` text;--> statement-breakpoint
ALTER TABLE `recommendation_tags` ADD `recommendation_live` integer DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX `recommendation_tags_live_status_idx` ON `recommendation_tags` (`tag_id`,`recommendation_status`) WHERE recommendation_live = 1;--> statement-breakpoint
-- The dashboard's "status by theme" chart (lib/dashboard/sql.ts byTheme) counted the
-- 736,102 tag links of 300,000 recommendations by reading the recommendation behind
-- each link for its status (≈ 490 ms). Each link now carries a copy of that status and
-- of "not archived", kept by the two triggers below whatever writes the rows (the app,
-- an import, the synthetic loader), and the index above counts them in order.
UPDATE `recommendation_tags` SET
  `recommendation_status` = (SELECT r.status FROM `recommendations` r WHERE r.id = `recommendation_tags`.`recommendation_id`),
  `recommendation_live` = (SELECT r.archived_at IS NULL FROM `recommendations` r WHERE r.id = `recommendation_tags`.`recommendation_id`);
--> statement-breakpoint
CREATE TRIGGER `recommendation_tag_copy_ai` AFTER INSERT ON `recommendation_tags` BEGIN
  UPDATE `recommendation_tags` SET
    `recommendation_status` = (SELECT r.status FROM `recommendations` r WHERE r.id = NEW.recommendation_id),
    `recommendation_live` = (SELECT r.archived_at IS NULL FROM `recommendations` r WHERE r.id = NEW.recommendation_id)
  WHERE `recommendation_id` = NEW.recommendation_id AND `tag_id` = NEW.tag_id;
END;
--> statement-breakpoint
CREATE TRIGGER `recommendation_tag_copy_au` AFTER UPDATE OF `status`, `archived_at` ON `recommendations`
  WHEN OLD.status IS NOT NEW.status OR (OLD.archived_at IS NULL) <> (NEW.archived_at IS NULL)
BEGIN
  UPDATE `recommendation_tags` SET `recommendation_status` = NEW.status, `recommendation_live` = (NEW.archived_at IS NULL)
  WHERE `recommendation_id` = NEW.id;
END;
