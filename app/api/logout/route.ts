import { NextResponse } from "next/server";

/**
 * Sign-out that works before the page's JavaScript has loaded: sessions are
 * stateless JWT cookies, so ending one means expiring the cookies. POST only,
 * so a link on another site cannot sign people out.
 */
const COOKIES = [
  "next-auth.session-token",
  "__Secure-next-auth.session-token",
  "next-auth.csrf-token",
  "__Host-next-auth.csrf-token",
  "next-auth.callback-url",
  "__Secure-next-auth.callback-url",
];

export function POST() {
  // A relative Location keeps whatever host and port the user came in on.
  const res = new NextResponse(null, { status: 303, headers: { Location: "/login" } });
  for (const name of COOKIES) res.cookies.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__") });
  return res;
}
