import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads the request's language and catalogue from here (the rule is in lib/request-locale.ts).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request-config.ts");

const nextConfig: NextConfig = {
  // Self-hosted by NGOs: no telemetry, no image optimisation service, no external fonts.
  poweredByHeader: false,
  images: { unoptimized: true },
  typedRoutes: true,
  // `npm test` type-checks the whole project once (tsc --noEmit) before anything else;
  // checking again inside every build would double the slowest step of `npm start` and CI.
  typescript: { ignoreBuildErrors: true },
  // pdfkit and exceljs read their own files (fonts, templates) at run time: keep them out of the bundle.
  serverExternalPackages: ["pdfkit", "exceljs"],
  // Lets a second build (a helper, a benchmark) live beside the main one without clobbering it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default withNextIntl(nextConfig);
