import { handler, ok } from "@/lib/api/handler";
import { createCalendarFeedToken, revokeCalendarFeedToken } from "@/lib/data/calendar-feeds";
import { publicBaseUrl } from "@/lib/public-url";

/** POST: a new personal feed address (the old one stops working): `{"data": {"url": …}}`. DELETE: revoke it. */
export const POST = handler({ access: ["calendarFeed", "create"], body: true }, ({ db, actor, req }) => {
  const token = createCalendarFeedToken(db, actor);
  return ok({ url: `${publicBaseUrl(req)}/calendar/${token}.ics` }, 201);
});

export const DELETE = handler({ access: ["calendarFeed", "delete"] }, ({ db, actor }) =>
  ok({ revoked: revokeCalendarFeedToken(db, actor) }),
);
