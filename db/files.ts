import fs from "node:fs";
import path from "node:path";

/**
 * The files beside a SQLite database and who may read them. The database holds
 * password hashes, API token hashes and everything users recorded, so its folder
 * is created 0700 and the files 0600; SQLite gives the -wal and -shm files the
 * permissions of the database file, so creating that one right is enough for new
 * databases, and an older database's files are tightened when it is opened.
 */
export const PRIVATE_DIR = 0o700;
export const PRIVATE_FILE = 0o600;

export const walFile = (file: string) => `${file}-wal`;
export const shmFile = (file: string) => `${file}-shm`;
export const sidecarFiles = (file: string) => [walFile(file), shmFile(file)];

/** Creates the folder (0700) and an empty database file (0600) if missing; tightens existing files. */
export function prepareDatabaseFile(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_DIR });
  try {
    fs.writeFileSync(file, "", { flag: "wx", mode: PRIVATE_FILE });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  for (const f of [file, ...sidecarFiles(file)]) makePrivate(f);
}

/** chmod 0600 when the file exists, is ours and is readable by others; anything else is left alone. */
export function makePrivate(file: string, mode = PRIVATE_FILE) {
  try {
    const stat = fs.statSync(file);
    if ((stat.mode & 0o777) !== mode && (typeof process.getuid !== "function" || stat.uid === process.getuid()))
      fs.chmodSync(file, mode);
  } catch {
    // Missing (no -wal yet), or not ours to change: SQLite will report a real problem itself.
  }
}
