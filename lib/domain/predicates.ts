/**
 * The questions every view asks of a recommendation — is it overdue, has the
 * state answered, is it a reiteration, which rows count at all — defined once
 * for search (lib/search/sql.ts), the dashboard (lib/dashboard/sql.ts), the
 * state report (lib/data/report.ts), the calendar (lib/data/calendar.ts),
 * exports and the state pages. "Outstanding" has its own module
 * (lib/domain/outstanding.ts); "public" too (lib/domain/published.ts).
 *
 * The SQL forms read a `recommendations` row aliased `r`, on the denormalised
 * columns lib/data/derived.ts keeps (latest_stance, latest_grade,
 * reiterates_earlier …). docs/domain.md gives the definitions in words.
 */
import { sql, type SQL } from "drizzle-orm";
import { STANCES, type Stance } from "../../db/schema/enums";
import { publishedStateSql } from "./published";

/**
 * The last day of the period a partial ISO date names: "2018" → "2018-12-31",
 * "2018-07" → "2018-07-31" (every month ends on the 31st here: as text it still
 * sorts before the next month's first day), "2018-07-14" → itself.
 * A deadline given as "2018" is due at the END of 2018.
 */
export function periodEndIso(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** periodEndIso() in SQL, over a column or expression holding a partial ISO date. */
export const periodEndSql = (date: SQL): SQL =>
  sql`(CASE length(${date}) WHEN 4 THEN ${date} || '-12-31' WHEN 7 THEN ${date} || '-31' ELSE ${date} END)`;

/** The follow-up deadline in force: the recommendation's own, else its cycle's. */
export const DEADLINE_IN_FORCE_SQL = sql`COALESCE(r.follow_up_deadline, (SELECT c.follow_up_deadline
  FROM review_cycles c WHERE c.id = r.cycle_id))`;

/** The end of the deadline in force (the subquery reads it once, not once per CASE branch). */
export const DEADLINE_END_SQL = sql`(SELECT ${periodEndSql(sql`dl`)} FROM (SELECT ${DEADLINE_IN_FORCE_SQL} AS dl))`;

/**
 * The state has sent nothing on it: no response other than "no response" is
 * recorded, and the committee has given no grade other than D ("no follow-up
 * report received").
 */
export const NOTHING_SENT_SQL = sql`COALESCE(r.latest_stance, 'no_response') = 'no_response' AND COALESCE(r.latest_grade, 'D') = 'D'`;

/**
 * Overdue follow-up: a recommendation picked for follow-up whose deadline in
 * force has passed (`today`, YYYY-MM-DD, from lib/domain/clock.ts) while the
 * state has sent nothing. The deadline subquery runs only for follow-ups (AND
 * short-circuits left to right); the terms stay one flat AND so that SQLite can
 * use the follow-up partial index (recommendations_live_follow_up_idx).
 */
export const overdueFollowUpSql = (today: string): SQL =>
  sql`(r.is_follow_up = 1 AND ${NOTHING_SENT_SQL} AND ${DEADLINE_END_SQL} < ${today})`;

/** The same rule for one deadline and the facts behind it, in TypeScript. */
export function isDeadlinePassed(deadline: string | null, today: string): boolean {
  return !!deadline && periodEndIso(deadline) < today;
}

/** A state response: any recorded stance other than "no response" (a UPR "Noted" is the state's answer). */
export const RESPONDED_STANCES: readonly Stance[] = STANCES.filter((s) => s !== "no_response");
export const hasStateResponse = (stance: Stance | null | undefined): boolean =>
  !!stance && RESPONDED_STANCES.includes(stance);

/**
 * No state response yet: none recorded, or the latest says the state did not
 * respond — the complement of hasStateResponse(). `alias` "" reads the bare
 * column (a grouped subquery's).
 */
export function noResponseSql(alias = "r"): SQL {
  const col = alias ? `${alias}.latest_stance` : "latest_stance";
  return sql.raw(`(${col} IS NULL OR ${col} = 'no_response')`);
}

/** "Reiterated": the recommendation repeats an earlier one — the UN had to ask again. */
export const REITERATED_SQL = sql`(r.reiterates_earlier = 1)`;

/**
 * The rows every figure counts: live recommendations (or, for the archive
 * view, only the archived ones), and on the public portal only those of
 * published states.
 */
export function rowScopeSql(opts: { archived?: boolean; publishedOnly?: boolean } = {}): SQL {
  const archived = opts.archived ? sql`r.archived_at IS NOT NULL` : sql`r.archived_at IS NULL`;
  return opts.publishedOnly ? sql`${archived} AND ${publishedStateSql("r")}` : archived;
}
