import { config } from "@/lib/config";
import { publicBaseUrl } from "@/lib/public-url";

/**
 * Search engines may read the public portal (and its sitemap) and nothing else: the sign-in
 * page and the API are no pages for them, every workspace page sends a signed-out visitor to
 * sign in, and share links (/s/…) are for the people they were sent to.
 */
export function GET(req: Request) {
  const lines = ["User-agent: *", "Disallow: /login", "Disallow: /api/", "Disallow: /s/", "Disallow: /embed/"];
  if (config().publicPortal) lines.push("Allow: /public", `Sitemap: ${publicBaseUrl(req)}/sitemap.xml`);
  lines.push("Disallow: /");
  return new Response(lines.join("\n") + "\n", { headers: { "content-type": "text/plain; charset=utf-8" } });
}
export const dynamic = "force-dynamic";
