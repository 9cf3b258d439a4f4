import { trustsProxy } from "./http/trust-proxy";

/**
 * The client's address, for sign-in throttling. Next.js fills `X-Forwarded-For` with the
 * socket's address when a request arrives without one. Behind a reverse proxy
 * (TRUST_PROXY=1) the proxy appends the address it saw last, so the last entry is the one
 * to believe; without a proxy the first entry is the address Next.js recorded.
 */
export function clientAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const picked = trustsProxy(env) ? entries.at(-1) : entries[0];
  return picked && /^[\d.:a-f[\]]{2,45}$/i.test(picked) ? picked.toLowerCase() : "unknown";
}
