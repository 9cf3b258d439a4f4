import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type DB } from "../../db";

/** A fresh SQLite file with the real migrations applied, removed after the test file. */
export function freshDb(): { db: DB; file: string; close: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-test-"));
  const file = path.join(dir, "test.db");
  const db = openDatabase(file);
  return {
    db,
    file,
    close: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
