import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth v4 types its route handler as any; it is the library's own GET/POST pair.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
const handler: (req: Request, ctx: unknown) => Promise<Response> = NextAuth(authOptions);
export { handler as GET, handler as POST };
