import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db";
import { t } from "../i18n/messages";
import { recommendationTitle } from "../recommendation-title";
import { toFtsQuery } from "../search/fts-query";
import { reiterationCandidates } from "./reiteration-candidates";

/** One candidate of the "earlier recommendation" picker (app/_components/ui/recommendation-picker.tsx). */
export type EarlierCandidate = {
  id: number;
  /** What the picker shows: body · symbol ¶ paragraph (year) — subject or the start of the text. */
  label: string;
  /** From an earlier review cycle than the recommendation being linked (a later one cannot be repeated by it). */
  earlier: boolean;
  /** One of the "Likely earlier versions" (lib/data/reiteration-candidates.ts); its label says so. */
  likely?: boolean;
};

export const EARLIER_LIMIT = 20;

/** From an earlier cycle than `me`: an earlier year, or the same body's earlier cycle. */
const EARLIER = sql`(COALESCE(r.year, 0) < COALESCE(me.year, 9999) OR (r.body_id = me.body_id AND c.ordinal < mc.ordinal))`;

/**
 * Candidates for "this repeats that earlier one", found by what the editor
 * types — symbol, paragraph, subject or words of the text (the list's own
 * full-text index) — among recommendations to the same state: those of
 * earlier cycles first (the same body before others), newest first, then the
 * rest. Without a query, the likely earlier versions come first (best first,
 * labelled so), then the same state's other earlier recommendations, newest first.
 * Archived ones, the recommendation itself and those it already repeats are left out.
 */
export function searchEarlierRecommendations(
  db: Executor,
  id: number,
  query: string | undefined,
  limit = EARLIER_LIMIT,
): EarlierCandidate[] {
  const max = Math.min(Math.max(limit, 1), 50);
  const match = toFtsQuery(query);
  if (match)
    return earlierRows(
      db,
      id,
      sql`r.id IN (SELECT rowid FROM recommendation_search WHERE recommendation_search MATCH ${match})`,
      max,
    );
  const likelyIds = reiterationCandidates(db, id)
    .map((c) => c.id)
    .slice(0, max);
  const byId = new Map(
    (likelyIds.length ? earlierRows(db, id, sql`r.id IN (${sql.join(likelyIds, sql`, `)})`, max) : []).map((c) => [
      c.id,
      c,
    ]),
  );
  const likely = likelyIds
    .map((x) => byId.get(x))
    .filter((c): c is EarlierCandidate => !!c)
    .map((c) => ({ ...c, likely: true, label: t("suggestions.option", { label: c.label }) }));
  const rest = earlierRows(db, id, EARLIER, max + likely.length).filter((c) => !byId.has(c.id));
  return [...likely, ...rest].slice(0, max);
}

function earlierRows(db: Executor, id: number, filter: SQL, limit: number): EarlierCandidate[] {
  return db
    .all<{
      id: number;
      body: string;
      symbol: string | null;
      paragraph: string | null;
      year: number | null;
      subject: string | null;
      text: string;
      earlier: number;
    }>(
      sql`
    SELECT r.id, b.code AS body, d.symbol, r.paragraph, r.year, r.subject, substr(r.text, 1, 200) AS text, ${EARLIER} AS earlier
    FROM recommendations me
    JOIN review_cycles mc ON mc.id = me.cycle_id
    JOIN recommendations r ON r.state_id = me.state_id AND r.id <> me.id AND r.archived_at IS NULL
    JOIN review_cycles c ON c.id = r.cycle_id
    JOIN bodies b ON b.id = r.body_id
    LEFT JOIN documents d ON d.id = r.document_id
    WHERE me.id = ${id}
      AND ${filter}
      AND NOT EXISTS (SELECT 1 FROM reiterations x WHERE x.recommendation_id = me.id AND x.earlier_id = r.id AND x.archived_at IS NULL)
    ORDER BY ${EARLIER} DESC, (r.body_id = me.body_id) DESC, r.year DESC, r.id DESC
    LIMIT ${limit}`,
    )
    .map((r) => ({
      id: r.id,
      label: t("picker.option", {
        body: r.body,
        ref: r.paragraph ? `${r.symbol ?? "?"} ¶ ${r.paragraph}` : (r.symbol ?? "?"),
        year: r.year === null ? "?" : String(r.year),
        title: recommendationTitle(r),
      }),
      earlier: !!r.earlier,
    }));
}
