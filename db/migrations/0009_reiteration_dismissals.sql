CREATE TABLE `reiteration_dismissals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recommendation_id` integer NOT NULL,
	`earlier_id` integer NOT NULL,
	`dismissed_by_id` integer,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`earlier_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dismissed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reiteration_dismissals_pair_uq` ON `reiteration_dismissals` (`recommendation_id`,`earlier_id`);--> statement-breakpoint
CREATE INDEX `reiteration_dismissals_earlier_idx` ON `reiteration_dismissals` (`earlier_id`);--> statement-breakpoint
CREATE INDEX `reiteration_dismissals_user_idx` ON `reiteration_dismissals` (`dismissed_by_id`);