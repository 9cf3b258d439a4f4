import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Self-hosted by NGOs: no telemetry, no image optimisation service, no external fonts.
  poweredByHeader: false,
  images: { unoptimized: true },
  typedRoutes: false,
  // Lets a second build (a helper, a benchmark) live beside the main one without clobbering it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
