import type Database from "better-sqlite3";
import { SIMILARITY_FILL } from "../../lib/suggestions/index-sql";

const BULK_TABLES = [
  "recommendations",
  "state_responses",
  "assessments",
  "follow_up_grades",
  "recommendation_tags",
  "reiterations",
  "documents",
  "review_cycles",
];

/**
 * Runs a bulk load with the secondary indexes and the search-index,
 * similarity-index and tag-copy triggers set aside, then puts them back exactly as the migrations wrote them (their
 * SQL is read from sqlite_master) and rebuilds the full-text index once.
 * Building an index by sorting once is several times faster than keeping it
 * up to date through 300,000 random inserts. Unique indexes stay, so the
 * constraints hold throughout. For a throwaway synthetic database only.
 */
export function withIndexesDeferred<T>(c: Database.Database, load: () => T): T {
  const list = `(${BULK_TABLES.map((t) => `'${t}'`).join(", ")})`;
  const indexes = c
    .prepare(
      `SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ${list}`,
    )
    .all() as { name: string; sql: string }[];
  const triggers = c
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger'
        AND (name LIKE 'recommendation_search_%' OR name LIKE 'recommendation_tag_copy_%' OR name LIKE 'recommendation_similarity_%')`,
    )
    .all() as { name: string; sql: string }[];
  for (const i of indexes) c.exec(`DROP INDEX "${i.name}"`);
  for (const t of triggers) c.exec(`DROP TRIGGER "${t.name}"`);
  try {
    return load();
  } finally {
    c.transaction(() => {
      for (const i of indexes) c.exec(i.sql);
      for (const t of triggers) c.exec(t.sql);
      c.exec("INSERT INTO recommendation_search(recommendation_search) VALUES ('rebuild')");
      // The similarity index (migration 0010) is emptied and filled again from the table, in one statement.
      c.exec("DELETE FROM recommendation_similarity");
      c.exec(SIMILARITY_FILL);
      // What the tag-copy triggers (migration 0006) would have written, in one statement.
      c.exec(`UPDATE recommendation_tags SET
        recommendation_status = (SELECT r.status FROM recommendations r WHERE r.id = recommendation_tags.recommendation_id),
        recommendation_live = (SELECT r.archived_at IS NULL FROM recommendations r WHERE r.id = recommendation_tags.recommendation_id)`);
    })();
  }
}
