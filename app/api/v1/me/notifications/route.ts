import { handler, json, queryObject } from "@/lib/api/handler";
import { listNotifications } from "@/lib/data/notifications";
import { parseInput } from "@/lib/validation/common";
import { notificationsQuerySchema } from "@/lib/validation/follows";

/** Your notifications, newest first: `{"data": […], "total": n, "unread": n}`. */
export const GET = handler({ access: ["notification", "read"] }, ({ db, actor, url }) => {
  const query = parseInput(notificationsQuerySchema, queryObject(url));
  const { rows, total, unread } = listNotifications(db, actor, query);
  return json({ data: rows, total, unread });
});
