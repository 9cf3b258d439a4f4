import { handler, idParam, ok } from "@/lib/api/handler";
import { revokeShareLink } from "@/lib/data/share-links";

/** POST: ends the link (yours, or anyone's for an admin); it answers 410 from then on. */
export const POST = handler<{ id: string }>({ access: ["shareLink", "delete"] }, ({ db, actor, params }) =>
  ok(revokeShareLink(db, actor, idParam(params.id, "share link"))),
);
