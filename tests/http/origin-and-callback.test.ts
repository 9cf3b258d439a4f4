import { describe, expect, it } from "vitest";
import { sameOriginPath } from "@/lib/auth/callback-url";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "@/lib/client-address";
import { isCrossSite } from "@/lib/http/origin";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";
import { publicBaseUrl } from "@/lib/public-url";

describe("callback URL after sign-in", () => {
  const origin = "http://tracker.example:3000";
  it.each([
    ["/\\evil.example", "/"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["//evil.example", "/"],
    ["https://evil.example/", "/"],
    ["http://tracker.example:3000.evil/", "/"],
    ["javascript:alert(1)", "/"],
    ["/\t/evil.example", "/"],
    ["", "/"],
    [undefined, "/"],
    [["/records", "//evil"], "/records"],
    ["/records?q=water#top", "/records?q=water#top"],
    ["http://tracker.example:3000/states/kz", "/states/kz"],
    ["records", "/records"],
  ])("%j → %j", (input, expected) => {
    expect(sameOriginPath(input, origin)).toBe(expected);
  });
});

const post = (headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3120/api/v1/tags", { method: "POST", headers: { host: "127.0.0.1:3120", ...headers } });

describe("origin check of cookie-authenticated mutations", () => {
  it("lets same-origin and header-less requests through", () => {
    expect(isCrossSite(post({ origin: "http://127.0.0.1:3120" }), {})).toBe(false);
    expect(isCrossSite(post({}), {})).toBe(false);
    expect(isCrossSite(post({ "sec-fetch-site": "same-origin" }), {})).toBe(false);
  });
  it.each([
    [{ origin: "https://evil.example" }],
    [{ origin: "null" }],
    [{ origin: "not a url" }],
    [{ origin: "file://" }],
    [{ "sec-fetch-site": "cross-site" }],
    [{ origin: "http://127.0.0.1:3120", "sec-fetch-site": "cross-site" }],
    [{ origin: "http://127.0.0.1:9999" }],
  ])("refuses %j", (headers) => {
    expect(isCrossSite(post(headers), {})).toBe(true);
  });
  it("exempts Bearer-token requests and reads, and compares with NEXTAUTH_URL when set", () => {
    expect(isCrossSite(post({ origin: "https://evil.example", authorization: "Bearer tt_x" }), {})).toBe(false);
    expect(isCrossSite(new Request("http://127.0.0.1:3120/", { headers: { origin: "null" } }), {})).toBe(false);
    const env = { NEXTAUTH_URL: "https://tracker.example.org" };
    expect(isCrossSite(post({ origin: "https://tracker.example.org" }), env)).toBe(false);
    expect(isCrossSite(post({ origin: "http://127.0.0.1:3120" }), env)).toBe(true);
  });
  it("believes X-Forwarded-Host only with TRUST_PROXY=1", () => {
    const req = post({ origin: "https://evil.example", "x-forwarded-host": "evil.example" });
    expect(isCrossSite(req, {})).toBe(true);
    expect(isCrossSite(req, { TRUST_PROXY: "1" })).toBe(false);
  });
});

describe("addresses from headers", () => {
  it("publicBaseUrl ignores X-Forwarded-* unless TRUST_PROXY=1", () => {
    const req = new Request("http://127.0.0.1:3120/x", {
      headers: { host: "127.0.0.1:3120", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
    });
    expect(publicBaseUrl(req, {})).toBe("http://127.0.0.1:3120");
    expect(publicBaseUrl(req, { TRUST_PROXY: "1" })).toBe("https://evil.example");
  });
  it("the client address is the proxy's last entry behind a trusted proxy", () => {
    const h = new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" });
    expect(clientAddress(h, { TRUST_PROXY: "1" })).toBe("10.0.0.9");
    expect(clientAddress(h, {})).toBe("1.2.3.4");
    expect(clientAddress(new Headers({ "x-forwarded-for": "<script>" }), {})).toBe("unknown");
  });
  it("without a proxy, the socket's address wins over what the client wrote in X-Forwarded-For", () => {
    const h = new Headers({ "x-forwarded-for": "203.0.113.9", [SOCKET_ADDRESS_HEADER]: "::ffff:127.0.0.1" });
    expect(clientAddress(h, {})).toBe("127.0.0.1");
    // Behind a trusted proxy the socket is the proxy itself: its last entry names the client.
    expect(clientAddress(h, { TRUST_PROXY: "1" })).toBe("203.0.113.9");
  });
});

describe("security headers", () => {
  it("scripts only with the nonce, no framing, HSTS only over https", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(securityHeaders()).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(securityHeaders()["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{7,}/);
  });
});
