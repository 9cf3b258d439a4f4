import { handler, ok } from "@/lib/api/handler";
import { markNotificationsRead } from "@/lib/data/notifications";
import { parseInput } from "@/lib/validation/common";
import { notificationsReadSchema } from "@/lib/validation/follows";

/** `{"ids": [1, 2]}` or `{"all": true}`: `{"data": {"marked": n}}`. */
export const POST = handler({ access: ["notification", "update"], body: true }, ({ db, actor, body }) =>
  ok(markNotificationsRead(db, actor, parseInput(notificationsReadSchema, body))),
);
