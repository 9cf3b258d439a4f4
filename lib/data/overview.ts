import "server-only";
import { stateName } from "../i18n/place-names";
import { sql } from "drizzle-orm";
import type { Executor } from "../../db";
import type { Status } from "../../db/schema/enums";
import { longestOutstandingSql, type DashboardFilters } from "../dashboard/sql";
import { outstandingSql } from "../domain/outstanding";
import { cachedQuery } from "./query-cache";

export type TrackedItem = {
  id: number;
  subject: string | null;
  text: string;
  paragraph: string | null;
  symbol: string | null;
  stateCode: string;
  stateName: string;
  bodyCode: string;
  uprSession: number | null;
  year: number | null;
  status: Status | null;
  chainStartYear: number | null;
  reiteratedLater: number;
};

/**
 * The recommendations a first-time visitor should see, for the dashboard's
 * filters: the longest outstanding first (lib/domain/outstanding.ts; a chain
 * is shown by its latest outstanding link only). Remembered while the data is unchanged.
 */
export function listLongestOutstanding(db: Executor, filters: DashboardFilters, limit = 10): TrackedItem[] {
  return cachedQuery(db, `longest ${limit} ${JSON.stringify(filters)}`, () =>
    db.all<TrackedItem>(longestOutstandingSql(filters, limit)),
  ).map((r) => ({ ...r, stateName: stateName(r.stateCode, r.stateName) }));
}

export type StateSummary = {
  code: string;
  name: string;
  total: number;
  notImplemented: number;
  reiterated: number;
  oldest: number | null;
};

export function summariseStates(db: Executor): StateSummary[] {
  return db
    .all<StateSummary>(
      sql`
    SELECT s.code, s.name, COUNT(r.id) AS total,
           SUM(r.status = 'not_implemented') AS notImplemented,
           SUM(r.reiterates_earlier) AS reiterated,
           MIN(CASE WHEN ${outstandingSql("r")} THEN r.chain_start_year END) AS oldest
    FROM states s JOIN recommendations r ON r.state_id = s.id AND r.archived_at IS NULL
    WHERE s.archived_at IS NULL
    GROUP BY s.id ORDER BY total DESC, s.name
  `,
    )
    .map((s) => ({ ...s, name: stateName(s.code, s.name) }));
}
