import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import type { Status } from "../../db/schema/enums";

export type ChainLink = {
  id: number;
  paragraph: string | null;
  subject: string | null;
  text: string;
  year: number | null;
  date: string | null;
  cycleOrdinal: number;
  symbol: string | null;
  status: Status | null;
  bodyCode: string;
};

/**
 * The whole reiteration chain a recommendation belongs to — every earlier
 * recommendation it repeats and every later one that repeats it — oldest first.
 */
export function listChain(db: Executor, id: number): ChainLink[] {
  return db.all<ChainLink>(sql`
    WITH RECURSIVE
      earlier(id) AS (SELECT ${id} UNION SELECT x.earlier_id FROM reiterations x JOIN earlier e ON x.recommendation_id = e.id),
      later(id) AS (SELECT ${id} UNION SELECT x.recommendation_id FROM reiterations x JOIN later l ON x.earlier_id = l.id),
      chain(id) AS (SELECT id FROM earlier UNION SELECT id FROM later)
    SELECT r.id, r.paragraph, r.subject, r.text, r.year, COALESCE(d.date, c.adoption_date) AS date,
           c.ordinal AS cycleOrdinal, d.symbol, r.status, b.code AS bodyCode
    FROM chain JOIN recommendations r ON r.id = chain.id
    JOIN review_cycles c ON c.id = r.cycle_id
    JOIN bodies b ON b.id = r.body_id
    LEFT JOIN documents d ON d.id = r.document_id
    ORDER BY r.year, c.ordinal, r.id
  `);
}
