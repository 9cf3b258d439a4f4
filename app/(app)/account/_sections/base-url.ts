import "server-only";
import { headers } from "next/headers";
import { publicBaseUrl } from "@/lib/public-url";

/** The public address for links a server action hands out (lib/public-url.ts decides which headers count). */
export async function requestBaseUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return publicBaseUrl(new Request(`${proto}://${host}/`, { headers: h }));
}
