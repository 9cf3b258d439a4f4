import { describe, expect, it } from "vitest";
import { publicBaseUrl } from "@/lib/public-url";

/** Links written into files name the address people use (lib/public-url.ts). */
describe("publicBaseUrl", () => {
  const request = (url: string, host?: string) => new Request(url, { headers: host ? { host } : {} });

  it("is NEXTAUTH_URL when it is set, without a trailing slash", () => {
    expect(
      publicBaseUrl(request("http://localhost:3000/api/export/x", "127.0.0.1:3000"), {
        NEXTAUTH_URL: "https://tracker.example.org/",
      }),
    ).toBe("https://tracker.example.org");
  });

  it("else the address the request came to (its Host), not the one the server listens on", () => {
    expect(publicBaseUrl(request("http://localhost:3110/api/export/x", "tracker.test:3110"), {})).toBe(
      "http://tracker.test:3110",
    );
    expect(publicBaseUrl(request("http://localhost:3110/api/export/x", "127.0.0.1:3110"), {})).toBe(
      "http://127.0.0.1:3110",
    );
    expect(publicBaseUrl(request("http://localhost:3110/x", "[::1]:3110"), {})).toBe("http://[::1]:3110");
  });

  it("ignores a Host header that is not a host name", () => {
    expect(publicBaseUrl(request("http://localhost:3110/x", "evil.example/path?x"), {})).toBe("http://localhost:3110");
  });
});
