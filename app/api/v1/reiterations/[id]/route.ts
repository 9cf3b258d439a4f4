import { handler, idParam, ok } from "@/lib/api/handler";
import { removeReiteration } from "@/lib/data/reiterations";

/** Removes a wrong reiteration link; the body carries `{ "version": n }`. */
export const DELETE = handler<{ id: string }>(
  { access: ["reiteration", "delete"], body: true },
  ({ db, actor, params, body }) => ok(removeReiteration(db, actor, idParam(params.id, "reiteration link"), body)),
);
