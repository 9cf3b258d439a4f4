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
  /** UPR: the session it was made in. */
  uprSession: number | null;
  symbol: string | null;
  status: Status | null;
  bodyCode: string;
  /** Treaty bodies: whether the body picked this paragraph for its follow-up procedure; null when not known. */
  followUp: "selected" | "not_selected" | null;
  /** The cycle's follow-up paragraphs as written ("7, 21, 25, 26"), when recorded. */
  followUpParagraphs: string | null;
};

/**
 * The whole reiteration chain a recommendation belongs to — every earlier
 * recommendation it repeats and every later one that repeats it — oldest first.
 */
export function listChain(db: Executor, id: number): ChainLink[] {
  type Row = Omit<ChainLink, "followUp"> & { isFollowUp: number };
  const rows = db.all<Row>(sql`
    WITH RECURSIVE
      earlier(id) AS (SELECT ${id} UNION SELECT x.earlier_id FROM reiterations x
        JOIN earlier e ON x.recommendation_id = e.id WHERE x.archived_at IS NULL),
      later(id) AS (SELECT ${id} UNION SELECT x.recommendation_id FROM reiterations x
        JOIN later l ON x.earlier_id = l.id WHERE x.archived_at IS NULL),
      chain(id) AS (SELECT id FROM earlier UNION SELECT id FROM later)
    SELECT r.id, r.paragraph, r.subject, r.text, r.year, COALESCE(d.date, c.adoption_date, c.session_date, c.report_date) AS date,
           c.ordinal AS cycleOrdinal, c.upr_session AS uprSession, d.symbol, r.status, b.code AS bodyCode,
           r.is_follow_up AS isFollowUp, c.follow_up_paragraphs AS followUpParagraphs
    FROM chain JOIN recommendations r ON r.id = chain.id
    JOIN review_cycles c ON c.id = r.cycle_id
    JOIN bodies b ON b.id = r.body_id
    LEFT JOIN documents d ON d.id = r.document_id
    ORDER BY r.year, c.ordinal, r.id
  `);
  return rows.map(({ isFollowUp, ...link }) => ({
    ...link,
    followUp: followUpSelection(!!isFollowUp, link.paragraph, link.followUpParagraphs),
  }));
}

/**
 * Whether a paragraph was picked for follow-up: yes when the recommendation is
 * marked so or its paragraph is among the cycle's follow-up paragraphs; no when
 * the cycle's follow-up paragraphs are known and it is not one of them; else
 * not known. "23" and "23 (a)" both count as paragraph 23.
 */
export function followUpSelection(
  isFollowUp: boolean,
  paragraph: string | null,
  followUpParagraphs: string | null,
): ChainLink["followUp"] {
  if (isFollowUp) return "selected";
  if (!followUpParagraphs?.trim()) return null;
  const picked = new Set(
    followUpParagraphs
      .split(/[,;]|\band\b/)
      .map((p) => p.trim())
      .filter(Boolean),
  );
  const number = paragraph ? /^\d+/.exec(paragraph.trim())?.[0] : undefined;
  if (!number) return null;
  return picked.has(number) ? "selected" : "not_selected";
}
