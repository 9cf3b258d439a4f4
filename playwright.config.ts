import { defineConfig } from "@playwright/test";
import path from "node:path";

/**
 * Browser tests run against the production build (`npm start` path) on a
 * throwaway database, with Debian's Chromium (no browser download).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DB = path.resolve(process.env.E2E_DATABASE_PATH ?? path.join("data", "e2e", "tracker.db"));
export const E2E_ADMIN = { email: "admin@e2e.test", password: "admin-password-e2e" };

export default defineConfig({
  testDir: "e2e",
  // A second run on another port (another build, another database) keeps its own artefacts.
  outputDir: PORT === 3100 ? "test-results" : `test-results-${PORT}`,
  testMatch: "**/*.spec.ts",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    // The address the server listens on, as typed (not "localhost"): e2e/import-addresses.write.spec.ts
    // also opens it behind a host name.
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // Specs that change the founding case run after the ones that read it as seeded.
  projects: [
    { name: "read", testIgnore: /\.write\.spec\.ts$/ },
    { name: "write", testMatch: /\.write\.spec\.ts$/, dependencies: ["read"] },
  ],
  webServer: {
    command: "node --conditions=react-server --import tsx scripts/start.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      DATABASE_PATH: E2E_DB,
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
