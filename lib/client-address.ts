import { trustsProxy } from "./http/trust-proxy";

/** Set by lib/server/socket-address.cjs, which `npm start` preloads; no client can set it. */
export const SOCKET_ADDRESS_HEADER = "x-tracker-socket-address";

/**
 * The client's address, for sign-in throttling. Behind a reverse proxy (TRUST_PROXY=1) the
 * proxy appends the address it saw last to `X-Forwarded-For`, so the last entry is the one to
 * believe. Without a proxy, `X-Forwarded-For` is whatever the client sent (Next.js fills it only
 * when missing), so the socket's own address is used; `next dev` has no preload, and falls back
 * to the header's first entry.
 */
export function clientAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const socket = headers
    .get(SOCKET_ADDRESS_HEADER)
    ?.trim()
    .replace(/^::ffff:/, "");
  const picked = trustsProxy(env) ? entries.at(-1) : socket || entries[0];
  return picked && /^[\d.:a-f[\]]{2,45}$/i.test(picked) ? picked.toLowerCase() : "unknown";
}
