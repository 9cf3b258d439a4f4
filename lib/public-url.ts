/**
 * The address the app is reached at, for links written into files (the CSV and
 * Excel "Link" column, the PDF report) and anything else that must be absolute:
 * NEXTAUTH_URL when it is set (the configured public URL), else the address the
 * request came to — its Host header, which is what the user typed, not the
 * interface the server listens on. Redirects never need it: they are relative.
 *
 * One helper on purpose, so which request headers are trusted (a reverse
 * proxy's X-Forwarded-Host, say) is decided in one place.
 */
export function publicBaseUrl(request: Request, env: { NEXTAUTH_URL?: string } = process.env): string {
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const url = new URL(request.url);
  const host = request.headers.get("host")?.trim();
  return `${url.protocol}//${host && /^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(host) ? host : url.host}`;
}
