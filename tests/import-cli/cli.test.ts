/**
 * `npm run import` as a person runs it: a real process on a fresh database
 * file, with real files from tests/fixtures/real. Exit codes, the printed
 * summary, idempotence, dry run, and refusals that change nothing.
 */
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const REAL = path.join(ROOT, "tests/fixtures/real");
// Slovenia, UPR session 20: SOURCE.md gives 163 recommendations, 142 Supported, 21 Noted.
const SLOVENIA = path.join(REAL, "ohchr-upr-thematic-lists/UPR20__Slovenia_ThematicListRecommendations_E.docx");

let dir: string;

function cli(args: string[], databasePath: string) {
  const r = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", ...args],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: databasePath, NODE_OPTIONS: "" },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** What an import could have touched, read straight from the file after the process exited. */
function counts(databasePath: string) {
  if (!fs.existsSync(databasePath)) return null;
  const db = new Database(databasePath, { readonly: true });
  try {
    const one = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      recommendations: one("SELECT COUNT(*) FROM recommendations"),
      supported: one("SELECT COUNT(*) FROM recommendations WHERE upr_position = 'supported'"),
      recommendingStates: one("SELECT COUNT(*) FROM recommending_states"),
      batches: one("SELECT COUNT(*) FROM import_batches"),
      audit: one("SELECT COUNT(*) FROM audit_log WHERE action = 'import'"),
      states: one("SELECT COUNT(*) FROM states"),
      documents: one("SELECT COUNT(*) FROM documents"),
    };
  } finally {
    db.close();
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run import", () => {
  it("imports a real OHCHR list into a new database, then a second run creates nothing", () => {
    const db = path.join(dir, "first", "tracker.db");
    const first = cli([SLOVENIA], db);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toContain("Format: OHCHR UPR thematic list (Word .docx). Encoding: Word document (.docx).");
    expect(first.out).toContain("Recommendations: 163 (Supported 142, Noted 21, Supported/Noted 0)");
    expect(first.out).toContain("163 created, 0 updated, 0 skipped");
    const after = counts(db)!;
    expect(after).toMatchObject({ recommendations: 163, supported: 142, batches: 1, audit: 1 });

    const second = cli([SLOVENIA, "--format", "ohchr-docx"], db);
    expect(second.code).toBe(0);
    expect(second.out).toContain("0 created, 0 updated, 163 skipped");
    // A second batch row records the attempt; no recommendation, State or document is added.
    expect(counts(db)).toEqual({ ...after, batches: 2, audit: 2 });
  }, 120_000);

  it("--dry-run reports what would happen and writes nothing", () => {
    const db = path.join(dir, "dry", "tracker.db");
    const r = cli([SLOVENIA, "--dry-run"], db);
    expect(r.code).toBe(0);
    expect(r.out).toContain("163 created, 0 updated, 0 skipped");
    expect(r.out).toContain("Dry run: everything was rolled back; nothing was written.");
    // The database was created and migrated, but holds nothing imported.
    expect(counts(db)).toMatchObject({ recommendations: 0, recommendingStates: 0, batches: 0, audit: 0, documents: 0 });
  }, 60_000);

  it("refuses a UPR Info file broken halfway, names the line and column, and changes nothing", () => {
    const db = path.join(dir, "broken", "tracker.db");
    expect(cli([SLOVENIA], db).code).toBe(0);
    const before = counts(db);

    // The first 300 real rows of 1-5.csv (Mac Roman, CR line endings), with line 150's Session made invalid.
    const lines = fs.readFileSync(path.join(REAL, "upr-info-2008-2014/1-5.csv"), "latin1").split("\r").slice(0, 301);
    expect(lines[149]).toMatch(/,\d+$/);
    lines[149] = lines[149].replace(/,\d+$/, ",twelve");
    const broken = path.join(dir, "broken-1-5.csv");
    fs.writeFileSync(broken, Buffer.from(lines.join("\r"), "latin1"));

    const r = cli([broken], db);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Format: UPR Info database export (CSV).");
    expect(r.out).toContain("Line 150, column Session: 'twelve' is not a UPR session number");
    expect(r.err).toContain("Refused: the file has 1 error. Nothing was imported.");
    expect(counts(db)).toEqual(before);
  }, 120_000);

  it("refuses files it cannot import with a non-zero exit and a reason", () => {
    const db = path.join(dir, "refusals", "tracker.db");

    const notes = path.join(dir, "notes.csv");
    fs.writeFileSync(notes, "Name,Phone\nAnna,123\n");
    const unknown = cli([notes], db);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain("does not look like a UPR Info export");
    expect(unknown.out).toContain("Headers found: Name, Phone.");

    // Sparse: 51 MB on paper, nothing on disk; refused before it is read.
    const huge = path.join(dir, "huge.csv");
    fs.writeFileSync(huge, "");
    fs.truncateSync(huge, 51 * 1024 * 1024);
    const tooBig = cli([huge], db);
    expect(tooBig.code).toBe(1);
    expect(tooBig.err).toContain("The file is 51 MB; the limit is 50 MB.");

    const missing = cli([path.join(dir, "no-such-file.csv")], db);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("The file could not be read");

    const badFormat = cli([SLOVENIA, "--format", "excel"], db);
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toContain('Unknown format "excel"');

    expect(counts(db)).toMatchObject({ recommendations: 0, batches: 0 });
  }, 120_000);
});
