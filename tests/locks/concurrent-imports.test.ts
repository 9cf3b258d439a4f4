/**
 * Three `npm run import` processes started at the same moment, while a fourth
 * connection holds the write lock for longer than the server's busy timeout:
 * each import waits its turn (IMMEDIATE transaction, the CLI's long busy
 * timeout) and all three succeed, instead of failing at their first write with
 * "database is locked".
 */
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS, openDatabase } from "@/db";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LISTS = path.join(ROOT, "tests/fixtures/real/ohchr-upr-thematic-lists");
const FILES = [
  "UPR20__Slovenia_ThematicListRecommendations_E.docx",
  "Matrix_recommendations_2013.docx",
  "EgyptMatriceRecommendations.docx",
].map((f) => path.join(LISTS, f));

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-locks-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function importCli(file: string, databasePath: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", file], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: databasePath, NODE_OPTIONS: "" },
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("concurrent imports", () => {
  it("three imports started at once, behind a long writer, all succeed", async () => {
    const file = path.join(dir, "tracker.db");
    openDatabase(file).$client.close();
    // Another writer (a long edit, an import in the server) holds the lock for longer than a request would wait.
    const holder = new Database(file);
    holder.exec("BEGIN IMMEDIATE");
    holder.prepare("INSERT INTO app_meta (key, value) VALUES ('held', '1')").run();
    const runs = Promise.all(FILES.map((f) => importCli(f, file)));
    await new Promise((r) => setTimeout(r, BUSY_TIMEOUT_MS + 2000));
    holder.exec("COMMIT");
    holder.close();

    const results = await runs;
    for (const r of results) {
      expect(r.out).not.toMatch(/locked|busy/i);
      expect(r.code).toBe(0);
    }
    const db = new Database(file, { readonly: true });
    const batches = db.prepare("SELECT COUNT(*) FROM import_batches").pluck().get();
    const created = db.prepare("SELECT COUNT(*) FROM recommendations").pluck().get() as number;
    db.close();
    expect(batches).toBe(3);
    const sum = results.reduce((n, r) => n + Number(/(\d+) created/.exec(r.out)?.[1] ?? NaN), 0);
    expect(created).toBe(sum);
    expect(created).toBeGreaterThan(400);
  }, 180_000);
});
