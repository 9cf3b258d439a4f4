/**
 * Who has the database open. A restore must not swap the file under a running
 * server: the server would go on writing into the replaced file's WAL, and
 * SQLite would later replay that WAL onto the restored copy (this is how the
 * old "stop the app and copy the backup in place" advice corrupted databases).
 *
 * Two signals, because one alone can miss a holder:
 * - the server writes `<database>.server.pid` when it starts and removes it when
 *   it stops (lib/server/lifecycle.ts), so an idle server that has not opened the
 *   file yet still counts; a file left behind by a crash names a dead process and
 *   is ignored;
 * - on Linux, /proc lists every process with the file (or its -wal) open: a
 *   command-line import, a second server, the sqlite3 shell.
 */
import fs from "node:fs";
import path from "node:path";
import { PRIVATE_FILE, walFile } from "../../db/files";

export const serverPidFile = (databaseFile: string) => `${databaseFile}.server.pid`;

export type Holder = { pid: number; how: "server" | "open-file" };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Marks this process as the server using `databaseFile`. */
export function claimDatabase(databaseFile: string) {
  const record = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() });
  fs.writeFileSync(serverPidFile(databaseFile), record, { mode: PRIVATE_FILE });
}

/** Removes the mark, if it is still this process's. */
export function releaseDatabase(databaseFile: string) {
  const file = serverPidFile(databaseFile);
  if (serverPid(databaseFile) === process.pid) fs.rmSync(file, { force: true });
}

function serverPid(databaseFile: string): number | null {
  try {
    const { pid } = JSON.parse(fs.readFileSync(serverPidFile(databaseFile), "utf8")) as { pid?: unknown };
    return typeof pid === "number" && Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function openedBy(databaseFile: string): number[] {
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return []; // Not Linux: the pid file is the signal.
  }
  const targets = new Set([databaseFile, walFile(databaseFile)].map((f) => path.resolve(f)));
  const found: number[] = [];
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // Gone, or another user's process.
    }
    for (const fd of fds) {
      try {
        if (targets.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          found.push(Number(pid));
          break;
        }
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  return found;
}

/** Every other process that holds `databaseFile`, the server first. */
export function databaseHolders(databaseFile: string): Holder[] {
  const holders: Holder[] = [];
  const server = serverPid(databaseFile);
  if (server !== null && server !== process.pid && isAlive(server)) holders.push({ pid: server, how: "server" });
  for (const pid of openedBy(databaseFile))
    if (!holders.some((h) => h.pid === pid)) holders.push({ pid, how: "open-file" });
  return holders;
}
