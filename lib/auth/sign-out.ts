import "server-only";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { getDb } from "../../db";
import { authSecret } from "../config";
import { endSession } from "../data/sessions";

export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Ends the server-side record of the session this request's cookie names (sign-out). */
export async function endRequestSession(request: NextRequest): Promise<void> {
  for (const cookieName of SESSION_COOKIES) {
    if (!request.cookies.has(cookieName)) continue;
    const token = await getToken({ req: request, secret: authSecret(), cookieName }).catch(() => null);
    endSession(getDb(), token?.sid);
  }
}
