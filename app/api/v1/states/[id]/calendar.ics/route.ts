import { handler } from "@/lib/api/handler";
import { calendarIcs, icsResponse } from "@/lib/calendar/ics";
import { listCalendarEvents } from "@/lib/data/calendar";
import { getStateByCodeOrId } from "@/lib/data/state-pages";
import { NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n/messages";
import { publicBaseUrl } from "@/lib/public-url";

/** GET /api/v1/states/{code}/calendar.ics — one state's deadlines and events, for signed-in users (session or token). */
export const GET = handler<{ id: string }>({ access: ["calendar", "read"] }, ({ db, req, params }) => {
  const state = getStateByCodeOrId(db, params.id);
  if (!state) throw new NotFoundError("State", params.id);
  const { events } = listCalendarEvents(db, { state: [state.code] });
  const body = calendarIcs(events, { name: t("feed.stateName", { state: state.name }), baseUrl: publicBaseUrl(req) });
  return icsResponse(body, `${state.code.toLowerCase()}-calendar.ics`);
});
