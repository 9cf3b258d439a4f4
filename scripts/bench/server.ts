/**
 * A `next start` of the app on the benchmark database, built into
 * NEXT_DIST_DIR=.next-bench when that build is missing or older than the
 * sources (the main .next is never touched), with a signed-in session made
 * through next-auth's credentials flow. Sections that time pages use it
 * through BenchContext.server.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import type { DB } from "../../db";
import { hashPassword } from "../../lib/auth/password";
import { needsBuild } from "../lib/needs-build";

export type BenchServer = { baseUrl: string; cookie: string; stop: () => void };

const DIST = ".next-bench";
const EMAIL = "bench@localhost";
const nextBin = () => path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A viewer account known only to this run (its password is reset every time). */
async function benchUser(db: DB): Promise<string> {
  const password = randomBytes(12).toString("hex");
  const c = db.$client;
  const hash = await hashPassword(password);
  const found = c.prepare("SELECT id FROM users WHERE email = ?").get(EMAIL);
  if (found) c.prepare("UPDATE users SET password_hash = ?, disabled_at = NULL WHERE email = ?").run(hash, EMAIL);
  else
    c.prepare("INSERT INTO users (email, name, role, password_hash) VALUES (?, 'Benchmark', 'viewer', ?)").run(
      EMAIL,
      hash,
    );
  return password;
}

function cookiesOf(res: Response, jar: Map<string, string>) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function waitUp(base: string, child: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/login`);
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not answer within 2 minutes");
}

async function signIn(base: string, password: string): Promise<Map<string, string>> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password, json: "true" }),
  });
  cookiesOf(res, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed (HTTP ${res.status})`);
  return jar;
}

export async function startServer(db: DB, file: string): Promise<BenchServer> {
  const env = { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", DATABASE_PATH: file };
  if (needsBuild(process.cwd(), DIST)) {
    console.log(`Building the app into ${DIST} (a few minutes on 2 cores)…`);
    const built = spawnSync(process.execPath, [nextBin(), "build"], { stdio: "inherit", env });
    if (built.status !== 0) throw new Error("next build failed");
  }
  const password = await benchUser(db);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const secret = randomBytes(32).toString("base64url");
  // Sections block this process's event loop for many seconds between requests (timing SQL);
  // with Node's default 5 s keep-alive the server would close the idle sockets meanwhile
  // and the next request would fail on a dead one ("other side closed").
  const child = spawn(
    process.execPath,
    [nextBin(), "start", "-p", String(port), "-H", "127.0.0.1", "--keepAliveTimeout", "600000"],
    {
      env: { ...env, AUTH_SECRET: secret, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: baseUrl, PORT: String(port) },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const stop = () => child.kill("SIGTERM");
  try {
    await waitUp(baseUrl, child);
    const jar = await signIn(baseUrl, password);
    return { baseUrl, cookie: cookieHeader(jar), stop };
  } catch (e) {
    stop();
    throw e;
  }
}
