/**
 * What lib/auth/options.ts puts in the JWT and the session: the user id, the role (a hint for the UI; every
 * request re-reads the user, lib/auth/session.ts) and the id of the server-side session (lib/data/sessions.ts).
 */
import type { DefaultSession } from "next-auth";
import type { Role } from "../db/schema/enums";

declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id?: number; role?: Role; sid?: string };
  }
  interface User {
    role?: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    sid?: string;
  }
}
