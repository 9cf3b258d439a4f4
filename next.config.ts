import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Self-hosted by NGOs: no telemetry, no image optimisation service, no external fonts.
  poweredByHeader: false,
  images: { unoptimized: true },
  typedRoutes: false,
  // `npm test` type-checks the whole project once (tsc --noEmit) before anything else;
  // checking again inside every build would double the slowest step of `npm start` and CI.
  typescript: { ignoreBuildErrors: true },
  // pdfkit and exceljs read their own files (fonts, templates) at run time: keep them out of the bundle.
  serverExternalPackages: ["pdfkit", "exceljs"],
  // Lets a second build (a helper, a benchmark) live beside the main one without clobbering it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Framing: only the embeds (/embed/…) may sit in another site's iframe; every other page refuses
  // (clickjacking). The one rule for it, kept here.
  headers() {
    return Promise.resolve([
      { source: "/embed/:path*", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }] },
      { source: "/((?!embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    ]);
  },
};

export default nextConfig;
