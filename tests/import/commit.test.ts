/**
 * Committing a parsed import: one transaction, idempotent by external key,
 * nothing left behind by a failure or a dry run, one audit entry per import.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type Actor } from "@/lib/auth/roles";
import { BULK_INDEX_THRESHOLD, commitImport } from "@/lib/data/import";
import { refreshRecommendation } from "@/lib/data/derived";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { parseImportFile, type ParseResult } from "@/lib/import";
import { freshDb } from "../support/db";
import { readReal } from "./helpers";

const EDITOR: Actor = { id: null, email: "editor@example.org", name: "Editor", role: "editor" };
let kaz: ParseResult;
let china: ParseResult;

beforeAll(async () => {
  // The demo's data: Kazakhstan's UPR sessions 7 and 20 from the UPR Info export.
  const parts = await Promise.all(
    ["6-9.csv", "17-20.csv"].map((f) => parseImportFile(readReal("upr-info-2008-2014", f), f)),
  );
  kaz = {
    ...parts[0],
    records: parts.flatMap((p) => p.records.filter((r) => r.stateCode === "KAZ")),
    stats: { ...parts[0].stats, skipped: 0, duplicateRowsMerged: 0, rowsMergedIntoGroups: 0 },
  };
  china = await parseImportFile(
    readReal("ohchr-upr-thematic-lists", "Matrix_recommendations_2013.docx"),
    "Matrix_recommendations_2013.docx",
  );
});

let handle: ReturnType<typeof freshDb> | null = null;
afterEach(() => handle?.close());
const open = () => (handle = freshDb()).db;

function counts(db: ReturnType<typeof open>) {
  const n = (table: string) => db.$client.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  return Object.fromEntries(
    [
      "recommendations",
      "recommending_states",
      "recommendation_tags",
      "tags",
      "states",
      "review_cycles",
      "documents",
      "import_batches",
      "audit_log",
    ].map((t) => [t, n(t)]),
  );
}

describe("commitImport", () => {
  it("imports Kazakhstan's 318 UPR recommendations, then creates nothing on a second import", () => {
    const db = open();
    const first = commitImport(db, EDITOR, kaz, { fileName: "kaz.csv", sha256: "abc" });
    expect(first).toMatchObject({ created: 318, updated: 0, skipped: 0, dryRun: false });
    const after = counts(db);
    expect(after.recommendations).toBe(318);
    expect(after.recommending_states).toBe(kaz.records.reduce((n, r) => n + r.recommendingStates.length, 0));
    expect(after.review_cycles).toBe(2);
    const cycles = db.$client
      .prepare("SELECT ordinal, upr_session AS session, session_date AS date FROM review_cycles ORDER BY ordinal")
      .all();
    expect(cycles).toEqual([
      { ordinal: 1, session: 7, date: "2010" },
      { ordinal: 2, session: 20, date: "2014" },
    ]);

    const second = commitImport(db, EDITOR, kaz, { fileName: "kaz.csv", sha256: "abc" });
    expect(second).toMatchObject({ created: 0, updated: 0, skipped: 318 });
    expect(counts(db)).toEqual({ ...after, import_batches: 2, audit_log: 2 });
    const audit = db.$client
      .prepare("SELECT action, entity, entity_id AS entityId, after FROM audit_log ORDER BY id")
      .all() as { action: string; entityId: number; after: string }[];
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ["import", first.batchId],
      ["import", second.batchId],
    ]);
    expect(JSON.parse(audit[0].after)).toMatchObject({ fileName: "kaz.csv", format: "upr-info", created: 318 });
  });

  it("indexes a large import for search in bulk and keeps the search trigger for later edits", () => {
    const db = open();
    const trigger = () =>
      db.$client
        .prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'recommendation_search_ai'")
        .pluck()
        .get();
    const search = (q: string) =>
      db.$client
        .prepare("SELECT COUNT(*) FROM recommendation_search WHERE recommendation_search MATCH ?")
        .pluck()
        .get(q);
    expect(kaz.records.length).toBeGreaterThan(BULK_INDEX_THRESHOLD);
    commitImport(db, EDITOR, kaz, { fileName: "kaz.csv", sha256: "s" });
    expect(trigger()).toBe(1);
    const withTorture = kaz.records.filter((r) => /\btorture\b/i.test(r.text)).length;
    expect(withTorture).toBeGreaterThan(0);
    expect(search("torture")).toBe(withTorture);
    // A small import goes through the trigger itself.
    commitImport(db, EDITOR, { ...china, records: china.records.slice(0, 3) }, { fileName: "china.docx", sha256: "t" });
    expect(search(`"${china.records[0].text.split(" ").slice(1, 4).join(" ")}"`)).toBeGreaterThan(0);
  });

  it("sets the derived columns of new rows exactly as refreshRecommendation would", () => {
    const db = open();
    commitImport(db, SYSTEM_ACTOR, kaz, { fileName: "kaz.csv", sha256: "a" });
    commitImport(db, SYSTEM_ACTOR, china, { fileName: "china.docx", sha256: "b" });
    const snapshot = () =>
      db.$client
        .prepare(
          `SELECT id, state_id, body_id, year, status, latest_stance, latest_grade, chain_start_year, reiterates_earlier,
            reiterated_later FROM recommendations ORDER BY id`,
        )
        .all();
    const before = snapshot();
    db.transaction((tx) => {
      for (const { id } of before as { id: number }[]) refreshRecommendation(tx, id);
    });
    expect(snapshot()).toEqual(before);
    const rec = db.$client
      .prepare(
        `SELECT r.year, r.paragraph, r.upr_position AS position, d.symbol
          FROM recommendations r JOIN documents d ON d.id = r.document_id WHERE r.paragraph = '186.20'`,
      )
      .get();
    expect(rec).toEqual({ year: 2013, paragraph: "186.20", position: "noted", symbol: "A/HRC/25/5" });
    const tags = db.$client
      .prepare(
        `SELECT t.kind, t.name FROM recommendation_tags rt JOIN tags t ON t.id = rt.tag_id
          JOIN recommendations r ON r.id = rt.recommendation_id WHERE r.paragraph = '186.20' ORDER BY t.kind, t.name`,
      )
      .all();
    expect(tags).toEqual([
      { kind: "affected_persons", name: "general" },
      { kind: "theme", name: "A12 Acceptance of international norms" },
      { kind: "theme", name: "B11 International humanitarian law" },
      { kind: "theme", name: "B51 Right to an effective remedy" },
    ]);
  });

  it("leaves the database unchanged when a record fails halfway", () => {
    const db = open();
    commitImport(db, EDITOR, china, { fileName: "china.docx", sha256: "c" });
    const before = counts(db);
    const records = kaz.records.map((r, i) => (i === 150 ? { ...r, text: null as unknown as string } : r));
    expect(() => commitImport(db, EDITOR, { ...kaz, records }, { fileName: "broken.csv", sha256: "d" })).toThrow(
      /NOT NULL/,
    );
    expect(counts(db)).toEqual(before);
    // The search trigger dropped for the bulk insert came back with the rollback.
    expect(
      db.$client.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'recommendation_search_ai'").pluck().get(),
    ).toBe(1);
  });

  it("refuses a file with errors before writing anything, and a viewer", async () => {
    const db = open();
    const bad = await parseImportFile(
      Buffer.from(
        "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\nChad,,,Text,France,,,Maybe,,,5",
      ),
      "bad.csv",
    );
    expect(() => commitImport(db, EDITOR, bad, { fileName: "bad.csv", sha256: "e" })).toThrow(ValidationError);
    expect(() => commitImport(db, { ...EDITOR, role: "viewer" }, kaz, { fileName: "kaz.csv", sha256: "f" })).toThrow(
      ForbiddenError,
    );
    expect(counts(db).recommendations).toBe(0);
    expect(counts(db).audit_log).toBe(0);
  });

  it("reports what a dry run would do and keeps nothing", () => {
    const db = open();
    const before = counts(db);
    expect(commitImport(db, EDITOR, kaz, { fileName: "kaz.csv", sha256: "g", dryRun: true })).toMatchObject({
      created: 318,
      dryRun: true,
    });
    expect(counts(db)).toEqual(before);
  });

  it("updates a recommendation whose source changed, keeping its id and bumping its version", () => {
    const db = open();
    commitImport(db, EDITOR, kaz, { fileName: "kaz.csv", sha256: "h" });
    const target = kaz.records[0];
    const changed = {
      ...kaz,
      records: kaz.records.map((r) =>
        r === target
          ? { ...r, uprActionCategory: target.uprActionCategory === 1 ? 2 : 1, themes: ["Changed theme"] }
          : r,
      ),
    };
    expect(commitImport(db, EDITOR, changed, { fileName: "kaz-v2.csv", sha256: "i" })).toMatchObject({
      created: 0,
      updated: 1,
      skipped: 317,
    });
    const row = db.$client
      .prepare("SELECT id, version, upr_action_category AS action FROM recommendations WHERE external_key = ?")
      .get(target.externalKey) as { id: number; version: number; action: number };
    expect(row).toMatchObject({ version: 2, action: target.uprActionCategory === 1 ? 2 : 1 });
    const tags = db.$client
      .prepare(
        "SELECT t.name FROM recommendation_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.recommendation_id = ?",
      )
      .pluck()
      .all(row.id);
    expect(tags).toEqual(["Changed theme"]);
  });
});
