import { handler, json, queryObject } from "@/lib/api/handler";
import { toCalendarQuery } from "@/lib/calendar/query";
import { listCalendarEvents, toCalendarDTO } from "@/lib/data/calendar";
import { parseInput } from "@/lib/validation/common";
import { calendarQuerySchema } from "@/lib/validation/calendar";

/** Every deadline and event in [from, to]: `{"data": [{date, kind, title, state, body, cycleId?, recommendationId?, overdue}]}`. */
export const GET = handler({ access: ["calendar", "read"] }, ({ db, url, actor }) => {
  const query = toCalendarQuery(parseInput(calendarQuerySchema, queryObject(url)), actor?.id ?? null);
  const { events, truncated } = listCalendarEvents(db, query);
  return json({ data: events.map(toCalendarDTO), ...(truncated ? { truncated: true } : {}) });
});
