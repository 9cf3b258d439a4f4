import { config } from "@/lib/config";
import { publicContext } from "@/lib/context";
import { listPublicRecommendationIds, listPublishedStates } from "@/lib/data/public";
import { publicBaseUrl } from "@/lib/public-url";

/** The sitemap protocol's limit of addresses per file. */
const MAX_URLS = 50_000;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** GET /sitemap.xml — the public portal's pages only (lib/domain/published.ts); 404 with PUBLIC_PORTAL=0. */
export async function GET(req: Request) {
  if (!config().publicPortal) return new Response("Not found\n", { status: 404 });
  const { db } = await publicContext();
  const base = publicBaseUrl(req);
  const states = listPublishedStates(db);
  const paths = ["/public", "/public/recommendations", ...states.map((s) => `/public/states/${s.code}`)];
  const ids = listPublicRecommendationIds(db, MAX_URLS - paths.length);
  paths.push(...ids.map((id) => `/public/recommendations/${id}`));
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((p) => `<url><loc>${escapeXml(base + p)}</loc></url>`),
    "</urlset>",
    "",
  ].join("\n");
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
export const dynamic = "force-dynamic";
