import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/api/handler";
import { endRequestSession, SESSION_COOKIES } from "@/lib/auth/sign-out";
import { assertSameOrigin } from "@/lib/http/origin";

/**
 * Sign-out that works before the page's JavaScript has loaded: ends the session's
 * server-side record (so a copy of the cookie is worthless from now on) and expires
 * the cookies. POST only, and same-origin only, so another site cannot sign people out.
 */
const COOKIES = [
  ...SESSION_COOKIES,
  "next-auth.csrf-token",
  "__Host-next-auth.csrf-token",
  "next-auth.callback-url",
  "__Secure-next-auth.callback-url",
];

export async function POST(request: NextRequest) {
  try {
    assertSameOrigin(request);
  } catch (error) {
    return toErrorResponse(error);
  }
  await endRequestSession(request);
  // A relative Location keeps whatever host and port the user came in on.
  const res = new NextResponse(null, { status: 303, headers: { Location: "/login" } });
  for (const name of COOKIES) res.cookies.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__") });
  return res;
}
