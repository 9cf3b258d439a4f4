import { handler, idParam, ok } from "@/lib/api/handler";
import { unfollow } from "@/lib/data/follows";

/** Stop following (one's own follows only; no body needed — a cross-site form cannot send DELETE). */
export const DELETE = handler<{ id: string }>({ access: ["follow", "delete"] }, ({ db, actor, params }) =>
  ok(unfollow(db, actor, idParam(params.id, "follow"))),
);
