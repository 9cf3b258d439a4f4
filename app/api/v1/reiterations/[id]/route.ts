import { handler, idParam, ok } from "@/lib/api/handler";
import { NotFoundError } from "@/lib/errors";
import { getReiteration, removeReiteration } from "@/lib/data/reiterations";
import { parseInput, versionOnly } from "@/lib/validation/common";

export const GET = handler<{ id: string }>({ access: ["reiteration", "read"] }, ({ db, params }) => {
  const id = idParam(params.id, "reiteration link");
  const link = getReiteration(db, id);
  if (!link) throw new NotFoundError("reiteration link", id);
  return ok(link);
});

/** Removes a wrong reiteration link (archived, so it can be restored); the body carries `{ "version": n }`. */
export const DELETE = handler<{ id: string }>(
  { access: ["reiteration", "archive"], body: true },
  ({ db, actor, params, body }) =>
    ok(removeReiteration(db, actor, idParam(params.id, "reiteration link"), parseInput(versionOnly, body))),
);
