CREATE TABLE `bodies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`treaty` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	`archived_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bodies_code_unique` ON `bodies` (`code`);--> statement-breakpoint
CREATE INDEX `bodies_kind_idx` ON `bodies` (`kind`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`symbol` text,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`date` text,
	`url` text,
	`publisher` text,
	`cycle_id` integer,
	`state_id` integer,
	`body_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`cycle_id`) REFERENCES `review_cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`state_id`) REFERENCES `states`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_symbol_uq` ON `documents` (`symbol`) WHERE "documents"."symbol" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `documents_cycle_idx` ON `documents` (`cycle_id`);--> statement-breakpoint
CREATE INDEX `documents_state_idx` ON `documents` (`state_id`);--> statement-breakpoint
CREATE INDEX `documents_body_idx` ON `documents` (`body_id`);--> statement-breakpoint
CREATE INDEX `documents_kind_idx` ON `documents` (`kind`);--> statement-breakpoint
CREATE TABLE `review_cycles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`state_id` integer NOT NULL,
	`body_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`upr_session` integer,
	`report_date` text,
	`session_date` text,
	`adoption_date` text,
	`follow_up_deadline` text,
	`next_report_due` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`state_id`) REFERENCES `states`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_cycles_state_body_ordinal_uq` ON `review_cycles` (`state_id`,`body_id`,`ordinal`);--> statement-breakpoint
CREATE INDEX `review_cycles_body_idx` ON `review_cycles` (`body_id`);--> statement-breakpoint
CREATE TABLE `states` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	`archived_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `states_code_unique` ON `states` (`code`);--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`label` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`role`);--> statement-breakpoint
CREATE TABLE `recommendation_tags` (
	`recommendation_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`recommendation_id`, `tag_id`),
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recommendation_tags_tag_idx` ON `recommendation_tags` (`tag_id`,`recommendation_id`);--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`document_id` integer,
	`paragraph` text,
	`subject` text,
	`text` text NOT NULL,
	`is_follow_up` integer DEFAULT false NOT NULL,
	`follow_up_deadline` text,
	`upr_position` text,
	`upr_position_raw` text,
	`upr_position_source` text,
	`upr_action_category` integer,
	`external_key` text,
	`import_batch_id` integer,
	`created_by_id` integer,
	`state_id` integer NOT NULL,
	`body_id` integer NOT NULL,
	`year` integer,
	`status` text,
	`status_date` text,
	`latest_stance` text,
	`latest_stance_date` text,
	`latest_grade` text,
	`chain_start_year` integer,
	`reiterates_earlier` integer DEFAULT false NOT NULL,
	`reiterated_later` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`cycle_id`) REFERENCES `review_cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`state_id`) REFERENCES `states`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recommendations_cycle_idx` ON `recommendations` (`cycle_id`);--> statement-breakpoint
CREATE INDEX `recommendations_document_idx` ON `recommendations` (`document_id`);--> statement-breakpoint
CREATE INDEX `recommendations_state_idx` ON `recommendations` (`state_id`);--> statement-breakpoint
CREATE INDEX `recommendations_body_idx` ON `recommendations` (`body_id`);--> statement-breakpoint
CREATE INDEX `recommendations_year_idx` ON `recommendations` (`year`);--> statement-breakpoint
CREATE INDEX `recommendations_status_idx` ON `recommendations` (`status`);--> statement-breakpoint
CREATE INDEX `recommendations_stance_idx` ON `recommendations` (`latest_stance`);--> statement-breakpoint
CREATE INDEX `recommendations_grade_idx` ON `recommendations` (`latest_grade`);--> statement-breakpoint
CREATE INDEX `recommendations_created_by_idx` ON `recommendations` (`created_by_id`);--> statement-breakpoint
CREATE INDEX `recommendations_import_batch_idx` ON `recommendations` (`import_batch_id`);--> statement-breakpoint
CREATE INDEX `recommendations_state_body_status_idx` ON `recommendations` (`state_id`,`body_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `recommendations_external_key_uq` ON `recommendations` (`external_key`);--> statement-breakpoint
CREATE TABLE `recommending_states` (
	`recommendation_id` integer NOT NULL,
	`name` text NOT NULL,
	`state_id` integer,
	PRIMARY KEY(`recommendation_id`, `name`),
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`state_id`) REFERENCES `states`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recommending_states_state_idx` ON `recommending_states` (`state_id`);--> statement-breakpoint
CREATE INDEX `recommending_states_name_idx` ON `recommending_states` (`name`);--> statement-breakpoint
CREATE TABLE `reiterations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recommendation_id` integer NOT NULL,
	`earlier_id` integer NOT NULL,
	`kind` text DEFAULT 'reiterates' NOT NULL,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`earlier_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reiterations_pair_uq` ON `reiterations` (`recommendation_id`,`earlier_id`);--> statement-breakpoint
CREATE INDEX `reiterations_earlier_idx` ON `reiterations` (`earlier_id`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	`archived_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_kind_name_uq` ON `tags` (`kind`,`name`);--> statement-breakpoint
CREATE TABLE `assessment_evidence` (
	`assessment_id` integer NOT NULL,
	`evidence_id` integer NOT NULL,
	PRIMARY KEY(`assessment_id`, `evidence_id`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_evidence_evidence_idx` ON `assessment_evidence` (`evidence_id`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recommendation_id` integer NOT NULL,
	`date` text NOT NULL,
	`status` text NOT NULL,
	`rationale` text NOT NULL,
	`author_id` integer,
	`author_name` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_recommendation_idx` ON `assessments` (`recommendation_id`,`date`);--> statement-breakpoint
CREATE INDEX `assessments_status_idx` ON `assessments` (`status`);--> statement-breakpoint
CREATE INDEX `assessments_author_idx` ON `assessments` (`author_id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`state_id` integer,
	`date` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`source_document_id` integer,
	`source_url` text,
	`created_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`state_id`) REFERENCES `states`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_state_idx` ON `evidence` (`state_id`);--> statement-breakpoint
CREATE INDEX `evidence_source_document_idx` ON `evidence` (`source_document_id`);--> statement-breakpoint
CREATE INDEX `evidence_kind_idx` ON `evidence` (`kind`);--> statement-breakpoint
CREATE INDEX `evidence_created_by_idx` ON `evidence` (`created_by_id`);--> statement-breakpoint
CREATE TABLE `follow_up_grades` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recommendation_id` integer NOT NULL,
	`document_id` integer,
	`date` text NOT NULL,
	`grade_as_written` text NOT NULL,
	`grade_letter` text NOT NULL,
	`notes` text,
	`created_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_grades_recommendation_idx` ON `follow_up_grades` (`recommendation_id`,`date`);--> statement-breakpoint
CREATE INDEX `follow_up_grades_document_idx` ON `follow_up_grades` (`document_id`);--> statement-breakpoint
CREATE INDEX `follow_up_grades_letter_idx` ON `follow_up_grades` (`grade_letter`);--> statement-breakpoint
CREATE INDEX `follow_up_grades_created_by_idx` ON `follow_up_grades` (`created_by_id`);--> statement-breakpoint
CREATE TABLE `recommendation_evidence` (
	`recommendation_id` integer NOT NULL,
	`evidence_id` integer NOT NULL,
	PRIMARY KEY(`recommendation_id`, `evidence_id`),
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recommendation_evidence_evidence_idx` ON `recommendation_evidence` (`evidence_id`);--> statement-breakpoint
CREATE TABLE `state_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recommendation_id` integer NOT NULL,
	`date` text NOT NULL,
	`document_id` integer,
	`quote` text,
	`stance` text NOT NULL,
	`notes` text,
	`created_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `state_responses_recommendation_idx` ON `state_responses` (`recommendation_id`,`date`);--> statement-breakpoint
CREATE INDEX `state_responses_document_idx` ON `state_responses` (`document_id`);--> statement-breakpoint
CREATE INDEX `state_responses_stance_idx` ON `state_responses` (`stance`);--> statement-breakpoint
CREATE INDEX `state_responses_created_by_idx` ON `state_responses` (`created_by_id`);--> statement-breakpoint
CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer DEFAULT (unixepoch()) NOT NULL,
	`user_id` integer,
	`user_email` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`before` text,
	`after` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_user_idx` ON `audit_log` (`user_id`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`sha256` text NOT NULL,
	`user_id` integer,
	`summary` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_batches_sha_idx` ON `import_batches` (`sha256`);--> statement-breakpoint
CREATE INDEX `import_batches_user_idx` ON `import_batches` (`user_id`);