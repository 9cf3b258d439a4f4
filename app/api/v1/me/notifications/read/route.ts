import { handler, ok } from "@/lib/api/handler";
import { markNotificationsRead } from "@/lib/data/notifications";

/** `{"ids": [1, 2]}` or `{"all": true}`: `{"data": {"marked": n}}`. */
export const POST = handler({ access: ["notification", "update"], body: true }, ({ db, actor, body }) =>
  ok(markNotificationsRead(db, actor, body)),
);
