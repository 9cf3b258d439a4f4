/**
 * "Public" — what the public portal (/public), its exports, the sitemap and embeds may show,
 * defined once for every query:
 *
 * A recommendation is public when its state is published (`states.published`, set by an
 * editor) and neither is archived. Its cycles, documents, responses, grades and assessments
 * (status, date, rationale) follow it. Evidence is public only when itself marked `public`;
 * the names of the NGO's staff (authors, creators) and the audit log never are.
 */
import { sql, type SQL } from "drizzle-orm";

/** The recommendation aliased `alias` is addressed to a published, live state. */
export function publishedStateSql(alias: string): SQL {
  return sql`${sql.raw(alias)}.state_id IN (SELECT id FROM states WHERE published = 1 AND archived_at IS NULL)`;
}
