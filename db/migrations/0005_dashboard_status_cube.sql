-- The dashboard's "status by body" and "status by year" charts (lib/dashboard/sql.ts
-- statusCube) group every live recommendation by body, year and status. In this
-- order the index hands the rows over already grouped, so SQLite counts them as
-- they stream instead of sorting 300,000 rows first (≈ 190 → 60 ms unfiltered).
CREATE INDEX `recommendations_live_body_year_status_idx` ON `recommendations` (`body_id`, `year`, `status`)
  WHERE `archived_at` IS NULL;
