import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../../db";
import { authSecret } from "../config";
import { authenticate } from "../data/users";

/**
 * next-auth v4: email + password checked against our users table, JWT
 * sessions carrying the user id and role. The role in the token is only a
 * hint for the UI; every write re-reads the user (lib/auth/session.ts).
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize(credentials) {
        if (!credentials?.email || !credentials.password) return Promise.resolve(null);
        const user = authenticate(getDb(), credentials.email, credentials.password);
        return Promise.resolve(
          user ? { id: String(user.id), email: user.email, name: user.name, role: user.role } : null,
        );
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = (user as { role?: string }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        (session.user as { id?: number }).id = token.uid as number;
        (session.user as { role?: string }).role = token.role as string;
      }
      return session;
    },
  },
};
