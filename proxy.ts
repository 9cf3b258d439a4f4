import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, makeNonce, securityHeaders } from "./lib/http/security-headers";
import { trustsProxy } from "./lib/http/trust-proxy";

/**
 * Every page and API answer passes here for three things, none of which touch the database:
 * - the security headers, with a fresh script nonce per request (lib/http/security-headers.ts);
 * - a reverse proxy's X-Forwarded-Host is believed only with TRUST_PROXY=1, so next-auth and
 *   the pages never build addresses from a header anyone can send;
 * - the first sign-in gate: signed-out visitors of a page get a real 307 to /login instead of
 *   it. It looks at the session cookie's presence only; every page, action and route
 *   handler checks the session and role itself.
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
/**
 * Paths served without a session: sign-in, the API (which answers 401 itself), health, static
 * files, personal calendar feeds (/calendar/<token>.ics: the address is the credential,
 * calendar apps have no session), the e-mail unsubscribe page (its signed link is the credential),
 * and the public portal, share links and embeds (each page there shows only what was published
 * or shared, and answers 404 itself when PUBLIC_PORTAL=0).
 */
const OPEN =
  /^\/(login|api\/|_next\/|favicon\.ico|icon\.svg|robots\.txt|sitemap\.xml|manifest\.webmanifest|icons\/|apple-touch-icon\.png|calendar\/[^/]+\.ics|unsubscribe)/;
const PUBLIC = /^\/(?:public|s|embed)(?:\/|$)/;
/**
 * A share link's address answers with the page it fetches from its own /view (app/s/[token]/route.ts),
 * and passes on that page's policy, whose nonce its scripts carry; it sets a strict one itself otherwise.
 */
const SHARE_ENTRY = /^\/s\/[^/]+\/?$/;
/** Only embeds may sit in another site's iframe; every other page refuses (clickjacking). */
const FRAMEABLE = /^\/embed(?:\/|$)/;

export function proxy(request: NextRequest) {
  const https = /^https:\/\//i.test(process.env.NEXTAUTH_URL?.trim() ?? "");
  const path = request.nextUrl.pathname;
  const frameable = FRAMEABLE.test(path);
  const nonce = makeNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https, frameable });

  const headers = new Headers(request.headers);
  if (!trustsProxy()) {
    headers.delete("x-forwarded-host");
    headers.set("x-forwarded-proto", request.nextUrl.protocol.replace(/:$/, ""));
  }
  // Next.js reads the nonce from this request header and puts it on the scripts it writes.
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);

  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  let res: NextResponse;
  if (signedIn || OPEN.test(path) || PUBLIC.test(path)) res = NextResponse.next({ request: { headers } });
  else {
    const url = new URL("/login", request.url);
    const back = path + request.nextUrl.search;
    if (back !== "/") url.searchParams.set("callbackUrl", back);
    res = NextResponse.redirect(url);
  }
  if (!SHARE_ENTRY.test(path)) res.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ https, frameable }))) res.headers.set(name, value);
  return res;
}

export const config = {
  // Everything except Next's own static files and the import upload, which checks session,
  // role and origin itself: through the proxy its body would be cut at 10 MB (the import
  // limit is 50 MB).
  matcher: ["/((?!_next/static|_next/image|import/upload).*)"],
};
