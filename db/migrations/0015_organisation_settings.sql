CREATE TABLE `organisation_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`organisation_name` text,
	`disclaimer` text,
	`logo` blob,
	`logo_type` text,
	`updated_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organisation_settings_updated_by_idx` ON `organisation_settings` (`updated_by_id`);