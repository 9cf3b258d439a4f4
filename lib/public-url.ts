import { trustsProxy } from "./http/trust-proxy";

/**
 * The address the app is reached at, for links written into files (the CSV and
 * Excel "Link" column, the PDF report) and anything else that must be absolute:
 * NEXTAUTH_URL when it is set (the configured public URL), else the address the
 * request came to — its Host header, which is what the user typed, not the
 * interface the server listens on. Redirects never need it: they are relative.
 *
 * One helper on purpose, so which request headers are trusted is decided in one
 * place: a reverse proxy's X-Forwarded-Host and X-Forwarded-Proto only with
 * TRUST_PROXY=1 (anyone can send them to a server that is reached directly).
 */
export function publicBaseUrl(
  request: Request,
  env: { NEXTAUTH_URL?: string; TRUST_PROXY?: string } = process.env,
): string {
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const url = new URL(request.url);
  const trusted = trustsProxy(env);
  const forwardedHost = trusted ? request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const forwardedProto = trusted ? request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const host = forwardedHost || request.headers.get("host")?.trim();
  const protocol = forwardedProto === "https" || forwardedProto === "http" ? `${forwardedProto}:` : url.protocol;
  return `${protocol}//${host && /^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(host) ? host : url.host}`;
}

/**
 * The same address where there is no request (e-mail from `npm run digest` and the
 * server's schedule): NEXTAUTH_URL when set, else this server on localhost.
 */
export function configuredBaseUrl(cfg: { publicUrl?: string; port: number }): string {
  return cfg.publicUrl ?? `http://localhost:${cfg.port}`;
}
