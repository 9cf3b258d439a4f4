-- The dashboard's "years outstanding" histogram (lib/dashboard/sql.ts
-- yearsOutstanding) counts unimplemented recommendations by the year their chain
-- began. Unfiltered, this index holds exactly those rows, keyed by that year, so
-- the GROUP BY streams off it (≈ 46 → 6 ms at 300,000 recommendations). The
-- query repeats the expression and the status list literally, as SQLite needs to
-- match a partial expression index.
CREATE INDEX `recommendations_unimplemented_since_idx` ON `recommendations` (COALESCE(`chain_start_year`, `year`))
  WHERE `archived_at` IS NULL AND `status` IN ('not_implemented', 'regressed');
