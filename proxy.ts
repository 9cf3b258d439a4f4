import { NextResponse, type NextRequest } from "next/server";

/**
 * First gate only: signed-out visitors get a real 307 to /login instead of a
 * page. It looks at the session cookie's presence and imports no database
 * code; every page, action and route handler checks the session and role itself.
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Open to everyone: the public portal, share links (the address is the credential) and
 * embeds. Each page there shows only what was published or shared, and answers 404 itself
 * when PUBLIC_PORTAL=0.
 */
const OPEN_PATHS = /^\/(?:public|s|embed)(?:\/|$)|^\/sitemap\.xml$/;

export function proxy(request: NextRequest) {
  if (OPEN_PATHS.test(request.nextUrl.pathname)) return NextResponse.next();
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn) return NextResponse.next();
  const url = new URL("/login", request.url);
  const back = request.nextUrl.pathname + request.nextUrl.search;
  if (back !== "/") url.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(url);
}

export const config = {
  // Everything except sign-in, the API (which answers 401 itself), health, static files, and
  // the import upload — it checks session and role itself, and the proxy would cut its body
  // at 10 MB (the import limit is 50 MB) — personal calendar feeds (/calendar/<token>.ics: the
  // address is the credential, calendar apps have no session) and the e-mail unsubscribe page
  // (its signed link is the credential).
  matcher: [
    "/((?!login|api/|_next/|favicon.ico|icon.svg|robots.txt|manifest.webmanifest|icons/|apple-touch-icon.png|import/upload|calendar/[^/]+\\.ics|unsubscribe).*)",
  ],
};
