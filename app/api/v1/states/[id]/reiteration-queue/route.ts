import { handler, idParam, ok } from "@/lib/api/handler";
import { reiterationQueue } from "@/lib/data/reiteration-queue";
import { getState } from "@/lib/data/states";
import { NotFoundError } from "@/lib/errors";

/** GET: the state's review queue — unlinked recommendations with a strong reiteration candidate, strongest first. */
export const GET = handler<{ id: string }>({ access: ["suggestion", "read"] }, ({ db, params }) => {
  const id = idParam(params.id, "state");
  if (!getState(db, id)) throw new NotFoundError("state", id);
  return ok(reiterationQueue(db, id));
});
