import { created, handler, idParam } from "@/lib/api/handler";
import { addActionProgress } from "@/lib/data/actions";
import { parseInput } from "@/lib/validation/common";
import { actionProgressSchema } from "@/lib/validation/actions";

/** A dated progress note on the action, 201. */
export const POST = handler<{ id: string }>(
  { access: ["action", "update"], body: true },
  ({ db, actor, params, body }) =>
    created(addActionProgress(db, actor, idParam(params.id, "action"), parseInput(actionProgressSchema, body))),
);
