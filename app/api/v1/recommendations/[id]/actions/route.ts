import { handler, idParam, ok } from "@/lib/api/handler";
import { childCreate } from "@/lib/api/resources";
import { createAction, listActionsForRecommendation } from "@/lib/data/actions";
import { actionCreateSchema } from "@/lib/validation/actions";

/** GET: the recommendation's actions, earliest due first (404 for an unknown recommendation). POST: a new action, 201. */
export const GET = handler<{ id: string }>({ access: ["action", "read"] }, ({ db, params }) =>
  ok(listActionsForRecommendation(db, idParam(params.id, "recommendation"))),
);
export const POST = childCreate(["action", "create"], actionCreateSchema, createAction);
