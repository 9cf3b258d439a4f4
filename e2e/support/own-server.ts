/**
 * A second, private server for specs that must stop, restart or measure one
 * (backup and restore, memory under a hostile upload): the same production
 * build through scripts/start.ts, on its own port and its own database, so the
 * shared server of playwright.config.ts is never disturbed.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = process.cwd();
export const OWN_PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
export const OWN_ADMIN = { email: "admin@own.test", password: "own-admin-password" };

export type OwnServer = {
  url: string;
  databasePath: string;
  dir: string;
  child: ChildProcess;
  log: () => string;
};

export function ownDatabaseDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "tracker-own-server-"));
}

export function envFor(databasePath: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(OWN_PORT),
    HOSTNAME: "127.0.0.1",
    DATABASE_PATH: databasePath,
    ADMIN_EMAIL: OWN_ADMIN.email,
    ADMIN_PASSWORD: OWN_ADMIN.password,
    SEED_DEMO: "0",
    AUTH_SECRET: "own-server-secret-own-server-secret-0123",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

/** Starts the server and waits until /api/health answers. */
export async function startOwnServer(
  dir: string,
  extra: Record<string, string> = {},
  databasePath = path.join(dir, "data", "tracker.db"),
): Promise<OwnServer> {
  let out = "";
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    env: envFor(databasePath, extra),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${OWN_PORT}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${out}`);
    try {
      if ((await request(`${url}/api/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer in time:\n${out}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, databasePath, dir, child, log: () => out };
}

/** SIGTERM, as a service manager or Ctrl-C sends, and wait for the process to end. */
export async function stopOwnServer(server: OwnServer): Promise<number | null> {
  if (server.child.exitCode !== null) return server.child.exitCode;
  const exited = new Promise<number | null>((resolve) => server.child.once("exit", (code) => resolve(code)));
  server.child.kill("SIGTERM");
  return exited;
}

/** Runs an npm script's file (scripts/NAME.ts) against the server's database, as a person would. */
export function cli(script: string, args: string[], databasePath: string, input?: string) {
  const r = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", `scripts/${script}.ts`, ...args],
    {
      cwd: ROOT,
      env: envFor(databasePath),
      encoding: "utf8",
      input,
      timeout: 120_000,
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

/**
 * One request on a connection of its own. fetch() keeps connections alive and
 * reuses one the server may just have closed for idleness (the CLI steps between
 * requests take seconds), which fails as "other side closed".
 */
export function request(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}
