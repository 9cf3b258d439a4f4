CREATE TABLE `share_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`view` text NOT NULL,
	`filters` text DEFAULT '{}' NOT NULL,
	`recommendation_id` integer,
	`frozen` integer DEFAULT false NOT NULL,
	`snapshot` text,
	`expires_at` text,
	`revoked_at` integer,
	`created_by_id` integer NOT NULL,
	`opens` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `share_links_token_hash_unique` ON `share_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `share_links_created_by_idx` ON `share_links` (`created_by_id`);--> statement-breakpoint
CREATE INDEX `share_links_recommendation_idx` ON `share_links` (`recommendation_id`);--> statement-breakpoint
ALTER TABLE `states` ADD `published` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `evidence` ADD `public` integer DEFAULT false NOT NULL;