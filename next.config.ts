import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Self-hosted by NGOs: no telemetry, no image optimisation service, no external fonts.
  poweredByHeader: false,
  images: { unoptimized: true },
  typedRoutes: false,
};

export default nextConfig;
