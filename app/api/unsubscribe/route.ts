import { handler } from "@/lib/api/handler";
import { authSecret } from "@/lib/config";
import { stopDigests } from "@/lib/data/me";
import { t } from "@/lib/i18n/messages";
import { verifyUnsubscribe } from "@/lib/notify/unsubscribe";

/**
 * POST /api/unsubscribe?u=…&t=… — stops a user's digests, signed out: the signed
 * link is the credential. Mail clients post here for RFC 8058 one-click
 * unsubscribe; the /unsubscribe page's button posts here too and is sent back to
 * the page. GET never changes anything (link checkers and previews fetch links).
 */
export const POST = handler({}, ({ db, url, req }) => {
  const userId = verifyUnsubscribe(url.searchParams.get("u"), url.searchParams.get("t"), authSecret());
  if (userId === null) return new Response(t("unsubscribe.invalid"), { status: 400 });
  stopDigests(db, userId);
  // The page's form sends no body; a mail client's one-click POST sends "List-Unsubscribe=One-Click".
  const oneClick =
    (req.headers.get("content-type") ?? "").includes("form") && req.headers.get("content-length") !== "0";
  if (!oneClick) {
    const back = new URL(`/unsubscribe${url.search}`, req.url);
    back.searchParams.set("done", "1");
    return new Response(null, { status: 303, headers: { location: back.pathname + back.search } });
  }
  return new Response(null, { status: 204 });
});
