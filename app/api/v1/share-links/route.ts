import { handler, ok } from "@/lib/api/handler";
import { createShareLink, listShareLinks } from "@/lib/data/share-links";
import { publicBaseUrl } from "@/lib/public-url";
import { parseInput } from "@/lib/validation/common";
import { shareLinkCreateSchema } from "@/lib/validation/share-links";

/**
 * POST: a read-only link to one view, `{"data": {"id", "url", …}}` — the url (with its token)
 * is in this answer only. GET: your links (admins: everyone's), without tokens.
 */
export const POST = handler({ access: ["shareLink", "create"], body: true }, ({ db, actor, req, body }) => {
  const { link, token } = createShareLink(db, actor, parseInput(shareLinkCreateSchema, body));
  return ok({ ...link, url: `${publicBaseUrl(req)}/s/${token}` }, 201);
});

export const GET = handler({ access: ["shareLink", "read"] }, ({ db, actor }) =>
  ok(listShareLinks(db, actor, { all: true })),
);
