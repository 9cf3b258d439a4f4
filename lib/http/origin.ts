import { ForbiddenError } from "../errors";
import { vmsg } from "../validation/messages";
import { trustsProxy } from "./trust-proxy";

/**
 * Cross-site request refusal for cookie-authenticated mutations (route handlers in
 * lib/api/handler.ts, the import upload, sign-out). A browser sends `Origin` with every
 * POST, PATCH, PUT and DELETE, and `Sec-Fetch-Site` with most; a request another site
 * made carries that site's origin (or `null` from sandboxes and some redirects). A
 * request with neither header is not from a browser page and is let through, and so
 * is one with a Bearer token: a token is not sent by the browser on its own.
 */
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSite(req: Request, env: Record<string, string | undefined> = process.env): boolean {
  if (SAFE.has(req.method.toUpperCase())) return false;
  if (/^Bearer\s/i.test(req.headers.get("authorization") ?? "")) return false;
  if ((req.headers.get("sec-fetch-site") ?? "").toLowerCase() === "cross-site") return true;
  const origin = req.headers.get("origin");
  if (origin === null) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return true;
  }
  if (parsed.origin === "null" || !/^https?:$/.test(parsed.protocol)) return true;
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      return parsed.origin !== new URL(configured).origin;
    } catch {
      return true;
    }
  }
  // No configured address: the host the request was sent to, as the browser named it.
  return parsed.host.toLowerCase() !== requestHost(req, env);
}

/** The host this request was addressed to: a trusted proxy's X-Forwarded-Host, else Host. */
export function requestHost(req: Request, env: Record<string, string | undefined> = process.env): string {
  const forwarded = trustsProxy(env) ? req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwarded || req.headers.get("host")?.trim() || new URL(req.url).host;
  return host.toLowerCase();
}

/** Throws 403 for a cross-site mutation (see isCrossSite). */
export function assertSameOrigin(req: Request, env: Record<string, string | undefined> = process.env) {
  if (isCrossSite(req, env)) throw new ForbiddenError(vmsg("api.crossSite"));
}
