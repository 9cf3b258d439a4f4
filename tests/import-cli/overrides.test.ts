/**
 * The review step's corrections of the detected State, body and session (lib/import/overrides.ts):
 * an overridden group's records land on the chosen State; an unknown code is refused.
 */
import { afterEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/auth/roles";
import { importFile } from "@/lib/data/import-batches";
import { importChoices } from "@/lib/data/options";
import { parseImportFile } from "@/lib/import";
import { applyOverrides, changedGroups, detectedGroups } from "@/lib/import/overrides";
import { freshDb } from "../support/db";
import { UPR_INFO_HEADER } from "../import/helpers";

let handle: ReturnType<typeof freshDb> | null = null;
afterEach(() => handle?.close());

const CSV = [
  UPR_INFO_HEADER,
  "Kazakstan Republic,,,Ratify the override convention,France,,,Supported,4,Women,20",
  "Kazakstan Republic,,,Abolish the override penalty,Spain,,,Noted,4,Women,20",
].join("\n");

describe("detected values corrected before the commit", () => {
  it("puts an overridden group's recommendations on the chosen State, body session and cycle", async () => {
    const db = (handle = freshDb()).db;
    db.$client.prepare("INSERT OR IGNORE INTO states (code, name) VALUES ('KAZ', 'Kazakhstan')").run();
    const parsed = await parseImportFile(Buffer.from(CSV), "upr.csv");
    const [group] = detectedGroups(parsed.records);
    expect(group).toMatchObject({ stateCode: null, stateName: "Kazakstan Republic", bodyCode: "UPR", count: 2 });

    const choices = importChoices(db);
    const input = { key: group.key, state: "KAZ", body: "UPR", session: 21, cycle: 2 };
    const changed = changedGroups(parsed.records, [input], choices)!;
    expect(changedGroups(parsed.records, [{ ...input, state: "ZZZ" }], choices)).toBeNull();
    expect(changedGroups(parsed.records, [{ ...input, body: "NOPE" }], choices)).toBeNull();
    expect(applyOverrides(parsed.records, changed)).toBe(2);

    const run = await importFile(db, SYSTEM_ACTOR, Buffer.from(CSV), "upr.csv", { parsed });
    expect(run.summary).toMatchObject({ created: 2, skipped: 0 });
    const rows = db.$client
      .prepare(
        `SELECT s.code, b.code AS body, c.upr_session AS session, c.ordinal, r.year FROM recommendations r
         JOIN states s ON s.id = r.state_id JOIN bodies b ON b.id = r.body_id JOIN review_cycles c ON c.id = r.cycle_id`,
      )
      .all();
    expect(rows).toEqual([
      // Session 21 sat in 2015; the file's session 20 in 2014.
      { code: "KAZ", body: "UPR", session: 21, ordinal: 2, year: 2015 },
      { code: "KAZ", body: "UPR", session: 21, ordinal: 2, year: 2015 },
    ]);
  });

  it("without a correction, an unrecognised State's rows are skipped and say why", async () => {
    const db = (handle = freshDb()).db;
    const run = await importFile(db, SYSTEM_ACTOR, Buffer.from(CSV), "upr.csv");
    expect(run.summary).toMatchObject({ created: 0, skipped: 2, skippedRowsTotal: 2 });
    expect(run.summary!.skippedRows[0]).toEqual({
      line: 2,
      reason: "noState",
      params: { state: "Kazakstan Republic" },
    });
  });
});
