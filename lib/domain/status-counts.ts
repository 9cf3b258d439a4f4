/**
 * A recommendation's current status as every chart, table and report counts
 * it: one of the statuses (db/schema/enums.ts), or "none" — not assessed yet.
 * One type for the dashboard, the state and body pages, the report and exports.
 */
import type { Status } from "../../db/schema/enums";

export type StatusKey = Status | "none";
export type StatusCounts = Record<StatusKey, number>;

export const emptyCounts = (): StatusCounts => ({
  not_implemented: 0,
  regressed: 0,
  partially_implemented: 0,
  implemented: 0,
  no_information: 0,
  none: 0,
});
