/**
 * Re-importing never undoes an editor: a recommendation changed in the tracker
 * since a file brought it in is left as the editor made it, and the summary
 * (wizard and CLI) counts and lists such rows.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db";
import { ensureBodies } from "@/db/seed";
import { SYSTEM_ACTOR } from "@/lib/auth/roles";
import { getImportBatch, importFile } from "@/lib/data/import-batches";
import { getRecommendationDTO, updateRecommendation } from "@/lib/data/recommendations-write";
import { freshDb } from "../support/db";

const handles: { close: () => void }[] = [];
afterEach(() => handles.splice(0).forEach((h) => h.close()));

const HEADER =
  "Text,Countries Concerned,Reccomending Body,Document Symbol,Document Publication Date,UPR Position,Type,OHCHR Annotation Id";
const uhri = (rows: [id: string, text: string][]) =>
  Buffer.from(
    [
      HEADER,
      ...rows.map(([id, text]) => `"${text}",Kazakhstan,CCPR,CCPR/C/KAZ/CO/2,2016-08-09,,Recommendation,${id}`),
    ].join("\r\n"),
  );
const FILE = uhri([
  ["k1", "Guarantee the right to conscientious objection."],
  ["k2", "Release persons detained for their religious beliefs."],
]);
/** The same two recommendations as a source later re-issued them, with both texts reworded. */
const REVISED = uhri([
  ["k1", "Guarantee in law the right to conscientious objection."],
  ["k2", "Release every person detained for their religious beliefs."],
]);

describe("a recommendation an editor changed since its file brought it in", () => {
  it("keeps the editor's text when the file is imported again, and the summary lists it", async () => {
    const t = freshDb();
    handles.push(t);
    ensureBodies(t.db);
    await importFile(t.db, SYSTEM_ACTOR, FILE, "uhri.csv");
    const id = t.db.get<{ id: number }>(sql`SELECT id FROM recommendations WHERE external_key = 'uhri:k1'`).id;
    const before = getRecommendationDTO(t.db, id)!;
    updateRecommendation(t.db, SYSTEM_ACTOR, id, {
      version: before.version,
      text: "Guarantee the right to conscientious objection to military service.",
    });

    const again = await importFile(t.db, SYSTEM_ACTOR, REVISED, "uhri-revised.csv");
    // k1 was edited: kept. k2 nobody touched: the revised file updates it.
    expect(again.summary).toMatchObject({ created: 0, updated: 1, keptEdits: 1, keptEditRows: [{ line: 2, id }] });
    expect(getRecommendationDTO(t.db, id)!.text).toBe(
      "Guarantee the right to conscientious objection to military service.",
    );
    expect(t.db.get<{ text: string }>(sql`SELECT text FROM recommendations WHERE external_key = 'uhri:k2'`).text).toBe(
      "Release every person detained for their religious beliefs.",
    );
    // The wizard's summary reads the same from the batch.
    expect(getImportBatch(t.db, again.summary!.batchId!)!.summary).toMatchObject({
      keptEdits: 1,
      keptEditRows: [{ line: 2, id }],
    });
  });

  it("npm run import says so", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keep-edits-"));
    handles.push({ close: () => fs.rmSync(dir, { recursive: true, force: true }) });
    const dbPath = path.join(dir, "tracker.db");
    fs.writeFileSync(path.join(dir, "a.csv"), FILE);
    fs.writeFileSync(path.join(dir, "b.csv"), REVISED);
    const cli = (file: string) =>
      spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", file], {
        cwd: path.resolve(import.meta.dirname, "../.."),
        env: { ...process.env, DATABASE_PATH: dbPath, NODE_OPTIONS: "" },
        encoding: "utf8",
        timeout: 60_000,
      });
    expect(cli(path.join(dir, "a.csv")).status).toBe(0);
    const raw = new Database(dbPath);
    const id = (raw.prepare("SELECT id FROM recommendations WHERE external_key = 'uhri:k2'").get() as { id: number })
      .id;
    raw.close();
    const db = openDatabase(dbPath);
    const dto = getRecommendationDTO(db, id)!;
    updateRecommendation(db, SYSTEM_ACTOR, id, { version: dto.version, subject: "Religious prisoners" });
    db.$client.close();

    const run = cli(path.join(dir, "b.csv"));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "1 recommendation was changed in the tracker since a file brought it in, and was left as the editor made it:",
    );
    expect(run.stdout).toContain(`line 3 → recommendation #${id}`);
  });
});

describe("the keep-editor-changes migration", () => {
  it("marks imported recommendations an editor had already changed (an 'update' in the audit log)", () => {
    const t = freshDb();
    handles.push(t);
    // Found by name, not number: the number moves when another migration lands first.
    const dir = path.join(import.meta.dirname, "../../db/migrations");
    const file = fs.readdirSync(dir).find((f) => f.endsWith("_keep_editor_changes.sql"))!;
    const migration = fs.readFileSync(path.join(dir, file), "utf8");
    const update = migration.split("--> statement-breakpoint").find((s) => s.includes("UPDATE"))!;
    ensureBodies(t.db);
    t.db.$client.exec(`
      INSERT INTO states (code, name) VALUES ('KAZ', 'Kazakhstan');
      INSERT INTO review_cycles (state_id, body_id, ordinal) VALUES (1, 1, 1);
      INSERT INTO recommendations (cycle_id, text, external_key, state_id, body_id)
        VALUES (1, 'a', 'uhri:a', 1, 1), (1, 'b', 'uhri:b', 1, 1), (1, 'c', NULL, 1, 1);
      INSERT INTO audit_log (action, entity, entity_id)
        VALUES ('update', 'recommendation', 1), ('update', 'recommendation', 3), ('archive', 'recommendation', 2);`);
    t.db.$client.exec(update);
    expect(t.db.all(sql`SELECT id, edited_since_import AS edited FROM recommendations ORDER BY id`)).toEqual([
      { id: 1, edited: 1 },
      { id: 2, edited: 0 },
      { id: 3, edited: 0 },
    ]);
  });
});
