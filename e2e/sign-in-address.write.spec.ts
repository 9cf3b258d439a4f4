/**
 * Sign-in throttling counts failures by the client's address. Without a reverse proxy, the
 * X-Forwarded-For header is whatever the client wrote; a client changing it on every attempt
 * must still be counted under the address it really comes from (lib/server/socket-address.cjs).
 * On a server of its own, so no lock-out reaches the shared one.
 */
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { ownDatabaseDir, request, startOwnServer, stopOwnServer, type OwnServer } from "./support/own-server";

let server: OwnServer | null = null;
let dir = "";
test.afterEach(async () => {
  if (server) await stopOwnServer(server);
  server = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

const cookiesOf = (headers: Record<string, string | string[] | undefined>) =>
  ([] as string[])
    .concat(headers["set-cookie"] ?? [])
    .map((c) => c.split(";")[0])
    .join("; ");

async function wrongPassword(s: OwnServer, forwardedFor: string) {
  const csrf = await request(`${s.url}/api/auth/csrf`);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  return request(`${s.url}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf.headers),
      "x-forwarded-for": forwardedFor,
    },
    body: new URLSearchParams({
      csrfToken,
      email: "admin@own.test",
      password: "not-the-password",
      json: "true",
    }).toString(),
  });
}

test("a failed sign-in is counted under the socket's address, whatever X-Forwarded-For says", async () => {
  test.setTimeout(180_000);
  dir = ownDatabaseDir();
  server = await startOwnServer(dir);
  for (const spoofed of ["203.0.113.9", "198.51.100.7", "192.0.2.44"]) await wrongPassword(server, spoofed);
  const db = new Database(server.databasePath, { readonly: true });
  try {
    const addresses = db.prepare("SELECT DISTINCT address FROM login_failures").pluck().all();
    expect(addresses).toEqual(["127.0.0.1"]);
  } finally {
    db.close();
  }
});
