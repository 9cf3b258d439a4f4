import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../../db";
import { clientAddress } from "../client-address";
import { authSecret } from "../config";
import { createSession, endSession, SESSION_MAX_AGE_SECONDS } from "../data/sessions";
import { attemptSignIn } from "../data/sign-in";
import { sameOriginPath } from "./callback-url";

/** What `authorize` throws for a locked account; the login form shows the "wait" message for it. */
export const LOCKED_ERROR = "locked";

/** HTTPS configured as the public address: cookies are then `Secure` (and the proxy adds HSTS, proxy.ts). */
export const httpsConfigured = (env: { NEXTAUTH_URL?: string } = process.env) =>
  /^https:\/\//i.test(env.NEXTAUTH_URL?.trim() ?? "");

/**
 * next-auth v4: email + password checked against our users table (with throttling,
 * lib/data/sign-in.ts), JWT sessions carrying the user id, the role and a session id.
 * The session id names a row in `sessions` (lib/data/sessions.ts), which is what makes
 * sign-out, a password change or a new role end a session on the server. The role in
 * the token is only a hint for the UI; every request re-reads the user (lib/auth/session.ts).
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  // Otherwise next-auth decides from the address it detects; https in NEXTAUTH_URL settles it.
  ...(httpsConfigured() ? { useSecureCookies: true } : {}),
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) return null;
        const headers = new Headers(
          Object.entries((req?.headers ?? {}) as Record<string, unknown>).flatMap(([k, v]) =>
            typeof v === "string" ? [[k, v] as [string, string]] : [],
          ),
        );
        const result = await attemptSignIn(getDb(), credentials.email, credentials.password, clientAddress(headers));
        if (!result.ok) {
          if (result.reason === "locked") throw new Error(LOCKED_ERROR);
          return null;
        }
        const { user } = result;
        return { id: String(user.id), email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sid = createSession(getDb(), Number(user.id));
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.user.sid = token.sid;
      }
      return session;
    },
    // Only addresses on this origin, as lib/auth/callback-url.ts decides.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${sameOriginPath(url, baseUrl)}`;
    },
  },
  events: {
    signOut({ token }) {
      endSession(getDb(), token?.sid);
    },
  },
};
