/**
 * The headers every page carries (set in proxy.ts, where a fresh nonce is made per
 * request; Next.js reads the nonce back from the request's Content-Security-Policy
 * header and puts it on its own scripts). Scripts run only with the nonce
 * ('strict-dynamic' lets those load the chunks they need); styles allow inline
 * `style` attributes because the charts (recharts) position their parts with them.
 * No inline event handlers: React attaches its handlers from the scripts.
 */
export function contentSecurityPolicy(
  nonce: string,
  opts: { dev?: boolean; https?: boolean; frameable?: boolean } = {},
): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Embeds (/embed/…) are made to sit in an NGO's own site; nothing else may be framed.
    opts.frameable ? "frame-ancestors *" : "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The rest, for every response the proxy sees. HSTS only when the public address is https. */
export function securityHeaders(opts: { https?: boolean; frameable?: boolean } = {}): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // For browsers that predate frame-ancestors.
    ...(opts.frameable ? {} : { "X-Frame-Options": "DENY" }),
    ...(opts.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** A nonce: 16 random bytes in base64 (Web Crypto, so it works in any runtime). */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The same headers on a response the proxy never sees (the import upload, left out of proxy.ts's
 * matcher so its body is not cut at the proxy's limit).
 */
export function withSecurityHeaders(res: Response, env: Record<string, string | undefined> = process.env): Response {
  const https = /^https:\/\//i.test(env.NEXTAUTH_URL?.trim() ?? "");
  for (const [name, value] of Object.entries(securityHeaders({ https }))) res.headers.set(name, value);
  return res;
}
