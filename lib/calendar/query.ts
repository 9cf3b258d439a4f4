import type { CalendarQuery } from "../data/calendar";
import type { CalendarQueryInput } from "../validation/calendar";
import { periodOf } from "./periods";

/** A validated query string → the data layer's query: partial `from`/`to` widen to their period. */
export function toCalendarQuery(input: CalendarQueryInput, userId: number | null): CalendarQuery {
  let from = input.from ? periodOf(input.from)?.start : undefined;
  let to = input.to ? periodOf(input.to)?.end : undefined;
  if (from && to && from > to) [from, to] = [periodOf(input.to)!.start, periodOf(input.from)!.end];
  return {
    from,
    to,
    state: input.state,
    body: input.body,
    kind: input.kind,
    ...(input.mine && userId !== null ? { followedBy: userId } : {}),
  };
}
