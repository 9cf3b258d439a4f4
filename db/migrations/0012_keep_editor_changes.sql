ALTER TABLE `recommendations` ADD `edited_since_import` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Recommendations an editor has already changed since an import brought them in: an "update"
-- of the recommendation in the audit log (imports write one "import" entry per file, never an
-- "update" per recommendation).
UPDATE `recommendations` SET `edited_since_import` = 1
WHERE `external_key` IS NOT NULL
  AND EXISTS (SELECT 1 FROM `audit_log` a WHERE a.entity = 'recommendation' AND a.entity_id = `recommendations`.`id` AND a.action = 'update');
