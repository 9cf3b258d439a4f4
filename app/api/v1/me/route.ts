import { handler, ok } from "@/lib/api/handler";
import { getMe, updateMe } from "@/lib/data/me";

/** GET: who you are and your settings. PATCH: `{"digest": "none" | "daily" | "weekly"}`. */
export const GET = handler({ access: ["me", "read"] }, ({ db, actor }) => ok(getMe(db, actor)));
export const PATCH = handler({ access: ["me", "update"], body: true }, ({ db, actor, body }) =>
  ok(updateMe(db, actor, body)),
);
