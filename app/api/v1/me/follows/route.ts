import { handler, ok } from "@/lib/api/handler";
import { follow, listFollows } from "@/lib/data/follows";
import { parseInput } from "@/lib/validation/common";
import { followCreateSchema } from "@/lib/validation/follows";

/** GET: what you follow. POST `{"state": "KAZ"}` | `{"body": "CCPR"}` | `{"recommendationId": 12}`: 201, or 200 when already followed. */
export const GET = handler({ access: ["follow", "read"] }, ({ db, actor }) => ok(listFollows(db, actor)));
export const POST = handler({ access: ["follow", "create"], body: true }, ({ db, actor, body }) => {
  const { created, ...dto } = follow(db, actor, parseInput(followCreateSchema, body));
  return ok(dto, created ? 201 : 200);
});
