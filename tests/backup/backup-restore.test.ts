/**
 * Backup and restore on real database files: a backup taken while another
 * connection keeps writing, restored after more writes, holds exactly the rows
 * of the moment it was taken; restore refuses while something holds the
 * database and then changes nothing; the stale -wal that used to corrupt
 * restored files is gone.
 */
import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { MIGRATIONS_FOLDER, openDatabase, type DB } from "@/db";
import { backupDatabase } from "@/lib/backup/backup";
import { claimDatabase, serverPidFile } from "@/lib/backup/holder";
import { integrityProblems, knownMigrations, migrationLevel, tableCounts } from "@/lib/backup/inventory";
import { restoreDatabase, RestoreRefused } from "@/lib/backup/restore";
import { runScheduledBackup, scheduledBackups } from "@/lib/backup/schedule";
import { createState } from "@/lib/data/states";
import { actors } from "../data/fixtures";

let dir: string;
let file: string;
let db: DB;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-backup-"));
  file = path.join(dir, "data", "tracker.db");
  db = openDatabase(file);
});
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
  if (db.$client.open) db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const stateCodes = (f: string) => {
  const s = new Database(f, { readonly: true });
  try {
    return s.prepare("SELECT code FROM states ORDER BY code").pluck().all() as string[];
  } finally {
    s.close();
  }
};
const sha = (f: string) => createHash("sha256").update(fs.readFileSync(f)).digest("hex");
const mode = (f: string) => fs.statSync(f).mode & 0o777;

/** A process that keeps the database open (as a CLI import or a second server would), until killed. */
async function holdOpen(f: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const D = require("better-sqlite3"); const d = new D(${JSON.stringify(f)}); d.prepare("SELECT 1").get(); ` +
        `console.log("open"); setInterval(() => {}, 1000);`,
    ],
    { cwd: path.resolve(import.meta.dirname, "../.."), stdio: ["ignore", "pipe", "inherit"] },
  );
  children.push(child);
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  return child;
}

describe("backup", () => {
  it("copies a consistent snapshot while another connection writes, checked and private", async () => {
    const who = actors(db);
    createState(db, who.admin, { code: "KAZ", name: "Kazakhstan" });
    for (let i = 0; i < 300; i++)
      db.$client.prepare("INSERT INTO app_meta (key, value) VALUES (?, ?)").run(`pad${i}`, "x".repeat(3000));
    const writer = new Database(file);
    writer.pragma("busy_timeout = 5000");
    // Each write adds a row to two tables in one transaction: a consistent copy has as many of each.
    const pair = writer.transaction((i: number) => {
      writer.prepare("INSERT INTO tags (kind, name) VALUES ('theme', ?)").run(`t${i}`);
      writer.prepare("INSERT INTO app_meta (key, value) VALUES (?, 'w')").run(`w${i}`);
    });
    let written = 0;
    const writes = new Promise<void>((resolve) => {
      const next = () => {
        if (written === 40) return resolve();
        pair(written++);
        setImmediate(next);
      };
      next();
    });
    const folder = path.join(dir, "backups");
    fs.mkdirSync(folder);
    const report = await backupDatabase(file, folder, { pagesPerStep: 5 });
    await writes;
    writer.close();
    expect(path.dirname(report.file)).toBe(folder);
    expect(mode(report.file)).toBe(0o600);
    expect(fs.existsSync(`${report.file}-wal`)).toBe(false);
    const copy = new Database(report.file, { readonly: true });
    const tagsCopied = copy.prepare("SELECT COUNT(*) FROM tags WHERE name LIKE 't%'").pluck().get();
    const metaCopied = copy.prepare("SELECT COUNT(*) FROM app_meta WHERE value = 'w'").pluck().get();
    expect(integrityProblems(copy)).toEqual([]);
    copy.close();
    expect(tagsCopied).toBe(metaCopied);
    expect(report.counts.states).toBe(1);
    expect(report.counts.users).toBe(3);
    expect(report.level).toEqual({ applied: knownMigrations().length, pending: 0, unknown: 0, isTracker: true });
  });

  it("never overwrites a file, nor the database itself", async () => {
    const target = path.join(dir, "b.db");
    await backupDatabase(file, target);
    await expect(backupDatabase(file, target)).rejects.toThrow(/already exists/);
    await expect(backupDatabase(file, file)).rejects.toThrow(/cannot replace the database/);
  });

  it("creates the database folder 0700 and its files 0600", () => {
    expect(mode(path.dirname(file))).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f)).toBe(0o600);
  });
});

describe("restore", () => {
  it("brings back exactly the rows of the backup, keeps the replaced database aside, integrity ok", async () => {
    const who = actors(db);
    createState(db, who.admin, { code: "KAZ", name: "Kazakhstan" });
    const { file: backup, counts } = await backupDatabase(file, path.join(dir, "before.db"));
    createState(db, who.admin, { code: "KGZ", name: "Kyrgyzstan" });
    db.$client.close(); // the app stops

    const report = restoreDatabase(backup, file, new Date("2026-12-01T10:00:00Z"));
    expect(stateCodes(file)).toEqual(["KAZ"]);
    expect(report.counts).toEqual(counts);
    expect(report.keptAs).toBe(`${file}.before-restore-20261201T100000Z`);
    expect(stateCodes(report.keptAs!)).toEqual(["KAZ", "KGZ"]);
    const restored = new Database(file);
    expect(integrityProblems(restored)).toEqual([]);
    restored.close();
    expect(mode(file)).toBe(0o600);
  });

  it("removes a stale -wal instead of letting SQLite replay it onto the restored file", async () => {
    const who = actors(db);
    createState(db, who.admin, { code: "KAZ", name: "Kazakhstan" });
    const { file: backup } = await backupDatabase(file, path.join(dir, "before.db"));
    // What a copy-in-place restore used to meet: a WAL full of pages of the old file.
    for (let i = 0; i < 200; i++)
      db.$client.prepare("INSERT INTO app_meta (key, value) VALUES (?, ?)").run(`k${i}`, "x".repeat(2000));
    const wal = fs.readFileSync(`${file}-wal`);
    db.$client.close();
    fs.writeFileSync(`${file}-wal`, wal);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(100_000);

    restoreDatabase(backup, file);
    const restored = new Database(file);
    expect(integrityProblems(restored)).toEqual([]);
    expect(tableCounts(restored).app_meta).toBe(0);
    restored.close();
  });

  it("refuses while the server runs, and changes nothing", async () => {
    const { file: backup } = await backupDatabase(file, path.join(dir, "b.db"));
    db.$client.close();
    const server = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
    children.push(server);
    claimDatabase(file);
    // The mark names the server's process (written by it at start; here on its behalf).
    fs.writeFileSync(serverPidFile(file), JSON.stringify({ pid: server.pid }));
    const before = sha(file);
    const error = (() => {
      try {
        restoreDatabase(backup, file);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RestoreRefused);
    expect((error as Error).message).toMatch(/running on .*Stop it first.*Nothing was changed/);
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file)).filter((n) => /restor/.test(n))).toEqual([]);
  });

  it("ignores the mark a crashed server left behind", async () => {
    const { file: backup } = await backupDatabase(file, path.join(dir, "b.db"));
    db.$client.close();
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => dead.on("exit", r));
    fs.writeFileSync(serverPidFile(file), JSON.stringify({ pid: dead.pid }));
    expect(() => restoreDatabase(backup, file)).not.toThrow();
    expect(fs.existsSync(serverPidFile(file))).toBe(false);
  });

  it.runIf(fs.existsSync("/proc/self/fd"))("refuses while another process has the file open", async () => {
    const { file: backup } = await backupDatabase(file, path.join(dir, "b.db"));
    db.$client.close();
    const holder = await holdOpen(file);
    const before = sha(file);
    expect(() => restoreDatabase(backup, file)).toThrow(new RegExp(`process ${holder.pid}.*Nothing was changed`));
    expect(sha(file)).toBe(before);
  });

  it("refuses a damaged file, a file that is not a tracker database, and a backup from a newer version", async () => {
    const { file: backup } = await backupDatabase(file, path.join(dir, "b.db"));
    db.$client.close();
    const before = sha(file);

    const damaged = path.join(dir, "damaged.db");
    const bytes = fs.readFileSync(backup);
    bytes.fill(0x41, 4096 * 3, 4096 * 6);
    fs.writeFileSync(damaged, bytes);
    expect(() => restoreDatabase(damaged, file)).toThrow(/integrity check|could not be read/);

    const other = path.join(dir, "other.db");
    new Database(other).exec("CREATE TABLE notes (x)");
    expect(() => restoreDatabase(other, file)).toThrow(/not a Treaty Tracker database/);

    const newer = path.join(dir, "newer.db");
    fs.copyFileSync(backup, newer);
    const n = new Database(newer);
    n.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', ?)").run(Date.now() * 2);
    n.close();
    expect(() => restoreDatabase(newer, file)).toThrow(/newer version .*1 migration this version does not know/);

    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file)).filter((n) => /restor/.test(n))).toEqual([]);
  });

  it("applies the migrations an older backup lacks", async () => {
    db.$client.close();
    // A database made by the previous version: every migration but the last.
    const folder = path.join(dir, "older-migrations");
    fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalFile = path.join(folder, "meta", "_journal.json");
    const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: unknown[] };
    journal.entries.pop();
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const old = path.join(dir, "old.db");
    const oldDb = openDatabase(old, { migrateNow: false });
    migrate(oldDb, { migrationsFolder: folder });
    oldDb.$client.close();

    const report = restoreDatabase(old, file);
    expect(report.migrated).toBe(1);
    const restored = new Database(file);
    expect(migrationLevel(restored).pending).toBe(0);
    restored.close();
  });
});

describe("scheduled backups", () => {
  it("takes one when the newest is a day old and keeps only BACKUP_KEEP", async () => {
    const folder = path.join(dir, "scheduled");
    const s = { databaseFile: file, folder, keep: 2, db: () => db };
    const day = 24 * 60 * 60 * 1000;
    const first = await runScheduledBackup(s);
    expect(first).not.toBeNull();
    expect(await runScheduledBackup(s)).toBeNull(); // a fresh one exists
    for (let i = 1; i <= 3; i++) {
      const newest = scheduledBackups(file, folder).at(-1)!;
      const old = new Date(Date.now() - day - 1000);
      fs.utimesSync(newest, old, old);
      await new Promise((r) => setTimeout(r, 1100)); // names carry the second
      expect(await runScheduledBackup(s)).not.toBeNull();
    }
    const kept = scheduledBackups(file, folder);
    expect(kept).toHaveLength(2);
    expect(kept.every((f) => mode(f) === 0o600)).toBe(true);
    expect(mode(folder)).toBe(0o700);
  });
});
