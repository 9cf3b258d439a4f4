/**
 * `npm start`: validate configuration, migrate, bootstrap (first admin, demo
 * data), build if the sources are newer than the last build, then serve.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { openDatabase } from "../db";
import { bootstrap } from "../lib/bootstrap";
import { authSecret, ConfigError, readConfig } from "../lib/config";
import { printBootstrap } from "./lib/print-bootstrap";
import { needsBuild } from "./lib/needs-build";
import { startDigestSchedule } from "./lib/digest-schedule";

async function main() {
  let cfg;
  try {
    cfg = readConfig();
    authSecret(); // validates AUTH_SECRET, or creates data/.auth-secret once
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }

  const db = openDatabase(cfg.databasePath);
  const report = await bootstrap(db, cfg);
  db.$client.close();
  console.log(`Database: ${cfg.databasePath}`);
  printBootstrap(report, cfg);

  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_PATH: cfg.databasePath };
  // next-auth v4 trusts the Host header only when told to; without NEXTAUTH_URL we serve whatever host the user typed.
  if (!env.NEXTAUTH_URL) env.AUTH_TRUST_HOST = "true";
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

  if (needsBuild(process.cwd())) {
    console.log("Building the app (first start or sources changed; about a minute)…");
    const built = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }

  const shownHost = cfg.hostname === "0.0.0.0" || cfg.hostname === "::" ? "localhost" : cfg.hostname;
  console.log("");
  console.log(`Treaty Tracker is starting on http://${shownHost}:${cfg.port}`);
  console.log(
    report.admin?.password
      ? `Sign in at http://${shownHost}:${cfg.port}/login with the email and password above.`
      : `Sign in at http://${shownHost}:${cfg.port}/login with your account ` +
          `(the first admin is ${cfg.adminEmail ?? "admin@localhost"}; ` +
          `reset a password with: npm run users -- passwd --email EMAIL).`,
  );
  // The preload stamps each request with its socket's address (lib/server/socket-address.cjs).
  const preload = path.join(process.cwd(), "lib", "server", "socket-address.cjs");
  const child = spawn(
    process.execPath,
    ["--require", preload, nextBin, "start", "-p", String(cfg.port), "-H", cfg.hostname],
    {
      stdio: "inherit",
      env,
    },
  );
  if (cfg.digestSchedule) startDigestSchedule(cfg);
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
