import { handler, ok } from "@/lib/api/handler";
import { getMe, updateMe } from "@/lib/data/me";
import { parseInput } from "@/lib/validation/common";
import { mePatchSchema } from "@/lib/validation/me";

/** GET: who you are and your settings. PATCH: `{"digest": "none" | "daily" | "weekly"}`. */
export const GET = handler({ access: ["me", "read"] }, ({ db, actor }) => ok(getMe(db, actor)));
export const PATCH = handler({ access: ["me", "update"], body: true }, ({ db, actor, body }) =>
  ok(updateMe(db, actor, parseInput(mePatchSchema, body))),
);
