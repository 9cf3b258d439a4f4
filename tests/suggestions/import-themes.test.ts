import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { ensureBodies } from "@/db/seed";
import { SYSTEM_ACTOR } from "@/lib/auth/roles";
import { commitImport } from "@/lib/data/import";
import { importFile } from "@/lib/data/import-batches";
import { applyThemeChoices, previewThemeSuggestions } from "@/lib/data/import-suggestions";
import { forgetCorpusStats } from "@/lib/data/similarity-stats";
import { parseImportFile } from "@/lib/import";
import type { ImportRecord } from "@/lib/import/types";
import { freshDb } from "../support/db";

const t = freshDb();
const db = t.db;

/** A UPR Info file's recommendations without their Issue column: what a file without themes brings. */
const CSV = [
  "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
  'Kazakhstan,Asia,OIC,"Abolish the death penalty and ratify the Second Optional Protocol to the ICCPR",France,WEOG,EU,Accepted,5,,27',
  'Kazakhstan,Asia,OIC,"Ratify the Convention on the Rights of Persons with Disabilities",Spain,WEOG,EU,Accepted,5,,27',
].join("\r");

beforeAll(async () => {
  ensureBodies(db);
  const bytes = fs.readFileSync(path.join("tests/fixtures/real/upr-info-2008-2014", "6-9.csv"));
  const parsed = await parseImportFile(bytes, "6-9.csv", { format: "upr-info" });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  commitImport(db, SYSTEM_ACTOR, { ...parsed, issues: [] }, { fileName: "6-9.csv", sha256 });
  forgetCorpusStats(db);
});
afterAll(() => t.close());

const themesOf = (text: string) =>
  db
    .all<{ name: string }>(
      sql`SELECT t.name FROM recommendation_tags rt JOIN tags t ON t.id = rt.tag_id
      JOIN recommendations r ON r.id = rt.recommendation_id WHERE r.text = ${text} ORDER BY t.name`,
    )
    .map((r) => r.name);

describe("themes for imported recommendations that have none", () => {
  it("are suggested in the preview from the tagged recommendations, and applied to nothing by themselves", async () => {
    const parsed = await parseImportFile(Buffer.from(CSV, "latin1"), "untagged.csv", { format: "upr-info" });
    const preview = previewThemeSuggestions(db, parsed.records);
    expect(preview.map((p) => p.line)).toEqual([2, 3]);
    expect(preview[0].suggestions.map((s) => s.name)).toContain("Death penalty");
    expect(preview[1].suggestions.map((s) => s.name)).toContain("Disabilities");

    await importFile(db, SYSTEM_ACTOR, Buffer.from(CSV, "latin1"), "untagged.csv", { format: "upr-info" });
    expect(themesOf("Abolish the death penalty and ratify the Second Optional Protocol to the ICCPR")).toEqual([]);
  });

  it("applies exactly the chips an editor pressed, or with 'Apply suggestions' the strongest for every untagged one", () => {
    const record = (line: number, text: string, themes: string[] = []) =>
      ({ line, text, themes }) as unknown as ImportRecord;
    const records = [
      record(2, "Abolish the death penalty and ratify the Second Optional Protocol to the ICCPR"),
      record(3, "Ratify the Convention on the Rights of Persons with Disabilities"),
      record(4, "Establish a national human rights institution", ["NHRI"]),
    ];
    expect(applyThemeChoices(db, records, { applyAll: false, accepted: new Map([[2, ["Death penalty"]]]) })).toBe(1);
    expect(records.map((r) => r.themes)).toEqual([["Death penalty"], [], ["NHRI"]]);
    expect(applyThemeChoices(db, records, { applyAll: true, accepted: new Map() })).toBe(1);
    expect(records[1].themes).toContain("Disabilities");
    expect(records[2].themes).toEqual(["NHRI"]);
  });
});
