/**
 * Backup and restore end to end, on a server of its own: a backup taken while
 * the app runs, more writes, a restore attempt while it runs (refused, nothing
 * changed), a clean stop (WAL folded in, nothing left beside the file), the
 * restore, a new start: every row of the backup is there and nothing after it.
 */
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { cli, ownDatabaseDir, request, startOwnServer, stopOwnServer, type OwnServer } from "./support/own-server";

let server: OwnServer | null = null;
let dir = "";
test.afterEach(async () => {
  if (server) await stopOwnServer(server);
  server = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

const api = (s: OwnServer, token: string, method: string, url: string, body?: unknown) =>
  request(`${s.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });

async function stateCodes(s: OwnServer, token: string): Promise<string[]> {
  const res = await api(s, token, "GET", "/api/v1/states?per=200");
  expect(res.status).toBe(200);
  return (JSON.parse(res.text) as { data: { code: string }[] }).data.map((r) => r.code).sort();
}

test("backup while running, more writes, refused restore, stop, restore, start: exactly the backup", async () => {
  test.setTimeout(240_000);
  dir = ownDatabaseDir();
  server = await startOwnServer(dir);
  const db = server.databasePath;
  const token = cli("users", ["token", "--email", "admin@own.test"], db).out.trim().split("\n").at(-1)!;
  for (const [code, name] of [
    ["KAZ", "Kazakhstan"],
    ["KGZ", "Kyrgyzstan"],
  ])
    expect((await api(server, token, "POST", "/api/v1/states", { code, name })).status).toBe(201);

  const backupFile = path.join(dir, "backups", "before.db");
  const backup = cli("backup", [backupFile], db);
  expect(backup.code, backup.err).toBe(0);
  expect(backup.out).toMatch(/integrity check ok/);
  expect(backup.out).toMatch(/states\s+2\n/);

  expect((await api(server, token, "POST", "/api/v1/states", { code: "UZB", name: "Uzbekistan" })).status).toBe(201);

  const refused = cli("restore", [backupFile], db);
  expect(refused.code).toBe(1);
  expect(refused.err).toContain("Treaty Tracker is running on");
  expect(refused.err).toContain("Nothing was changed.");
  expect(await stateCodes(server, token)).toEqual(["KAZ", "KGZ", "UZB"]);
  expect(fs.readdirSync(path.dirname(db)).filter((n) => /restor/.test(n))).toEqual([]);

  expect(await stopOwnServer(server)).not.toBeNull();
  server = null;
  // A clean stop folds the WAL into the file and removes the server's mark.
  expect(fs.readdirSync(path.dirname(db)).sort()).toEqual(["tracker.db"]);

  const restored = cli("restore", [backupFile], db);
  expect(restored.code, restored.err).toBe(0);
  expect(restored.out).toContain("integrity check ok");
  expect(restored.out).toMatch(/kept as .*tracker\.db\.before-restore-\d{8}T\d{6}Z/);

  server = await startOwnServer(dir);
  expect(await stateCodes(server, token)).toEqual(["KAZ", "KGZ"]);
  const check = new Database(db, { readonly: true });
  expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
  check.close();
});
