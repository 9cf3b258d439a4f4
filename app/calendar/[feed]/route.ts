import { handler } from "@/lib/api/handler";
import { calendarIcs, icsResponse } from "@/lib/calendar/ics";
import { listCalendarEvents } from "@/lib/data/calendar";
import { userForCalendarFeed } from "@/lib/data/calendar-feeds";
import { t } from "@/lib/i18n/messages";
import { publicBaseUrl } from "@/lib/public-url";

/**
 * GET /calendar/<feed-token>.ics — a user's own feed: the deadlines and events of
 * what they follow. The address is the credential (calendar apps cannot sign in),
 * so the route is public; an unknown or revoked address is simply not found.
 */
export const GET = handler<{ feed: string }>({}, ({ db, req, params }) => {
  const match = /^([A-Za-z0-9_-]+)\.ics$/.exec(params.feed);
  const user = match ? userForCalendarFeed(db, match[1]) : null;
  if (!user)
    return new Response(t("feed.notFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { events } = listCalendarEvents(db, { followedBy: user.id });
  const body = calendarIcs(events, { name: t("feed.personalName", { name: user.name }), baseUrl: publicBaseUrl(req) });
  return icsResponse(body, "treaty-tracker.ics");
});
