import { config } from "@/lib/config";
import { publicContext, requestLocale } from "@/lib/context";
import { peekShareLink } from "@/lib/data/share-links";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { t } from "@/lib/i18n/messages";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The policy of a page with no script (the proxy leaves this address's policy to this handler). */
const NOTHING_RUNS = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** A page of its own for a link that opens nothing, in the reader's language. */
function page(status: number, locale: Locale, which: "missing" | "revoked" | "expired"): Response {
  const title = t(`share.${which}Title`, {}, locale);
  const body = t(`share.${which}Body`, {}, locale);
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a">` +
    `<h1 style="font-size:1.5rem">${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></body></html>`;
  return new Response(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": NOTHING_RUNS,
    },
  });
}

/**
 * /s/<token>: a revoked or expired link answers 410 (and an unknown one 404) with a page that
 * says so — statuses a page cannot set — and a live one is the read-only view of ./view,
 * fetched from this same server (where the open is counted and audited).
 */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  // The reader's language (profile, NEXT_LOCALE, Accept-Language): for these pages and the view's.
  const locale = await requestLocale();
  if (!config().publicPortal) return page(404, locale, "missing");
  const { token } = await params;
  const state = peekShareLink((await publicContext()).db, token);
  if (state === "missing") return page(404, locale, "missing");
  if (state === "revoked") return page(410, locale, "revoked");
  if (state === "expired") return page(410, locale, "expired");
  const cfg = config();
  // This server's own address: the listening interface, or loopback when it listens on all of them.
  const host = ["0.0.0.0", "::", "[::]"].includes(cfg.hostname) ? "127.0.0.1" : cfg.hostname;
  const inner = await fetch(`http://${host}:${cfg.port}/s/${encodeURIComponent(token)}/view`, {
    cache: "no-store",
    // Only the language goes along, as the cookie the inner page reads: no session, no other cookie.
    headers: { "x-share-link-inner": "1", cookie: `${LOCALE_COOKIE}=${locale}` },
  });
  // The inner page's scripts carry the nonce of the inner request's policy: that policy must be
  // the one the browser gets, or it refuses them.
  const csp = inner.headers.get("content-security-policy");
  return new Response(inner.body, {
    status: inner.status,
    headers: {
      "content-type": inner.headers.get("content-type") ?? "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": csp ?? NOTHING_RUNS,
    },
  });
}
export const dynamic = "force-dynamic";
