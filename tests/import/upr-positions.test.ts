/**
 * A UPR position is the state's response: every import writes it as a dated
 * state response, once, and migration 0008 does the same for what is already held.
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { DB } from "@/db";
import { ensureBodies } from "@/db/seed";
import { SYSTEM_ACTOR } from "@/lib/auth/roles";
import { importFile } from "@/lib/data/import-batches";
import { archiveResponse, getResponse } from "@/lib/data/responses";
import { freshDb } from "../support/db";
import { readReal, UPR_INFO_HEADER } from "./helpers";

const handles: { close: () => void }[] = [];
afterEach(() => handles.splice(0).forEach((h) => h.close()));
function tracker() {
  const t = freshDb();
  handles.push(t);
  ensureBodies(t.db);
  return t.db;
}

type Row = { stance: string; n: number };
const stancesOf = (db: DB) =>
  db.all<Row>(
    sql`SELECT stance, COUNT(*) AS n FROM state_responses WHERE from_upr_position = 1 GROUP BY stance ORDER BY stance`,
  );
const responseCount = (db: DB) => db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM state_responses`).n;

const SLOVENIA = "UPR20__Slovenia_ThematicListRecommendations_E.docx";

describe("imports write each UPR position as the state's response", () => {
  it("an OHCHR thematic list: 142 Supported → accepts, 21 Noted → noted, the position as written kept", async () => {
    const db = tracker();
    const run = await importFile(db, SYSTEM_ACTOR, readReal("ohchr-upr-thematic-lists", SLOVENIA), SLOVENIA);
    expect(run.summary).toMatchObject({ created: 163, positionResponses: 163 });
    expect(stancesOf(db)).toEqual([
      { stance: "accepts", n: 142 },
      { stance: "noted", n: 21 },
    ]);
    const one = db.get<{
      quote: string;
      date: string;
      notes: string | null;
      latest: string;
      raw: string;
      year: number;
    }>(sql`
      SELECT x.quote, x.date, x.notes, r.latest_stance AS latest, r.upr_position_raw AS raw, r.year
      FROM state_responses x JOIN recommendations r ON r.id = x.recommendation_id
      WHERE x.stance = 'noted' ORDER BY x.id LIMIT 1`);
    // Dated by the year of UPR session 20: the list gives no addendum date and the cycle no adoption date.
    expect(one).toMatchObject({ quote: one.raw, date: String(one.year), latest: "noted" });
  });

  it("re-importing the same file writes nothing, nor brings back a response an editor archived", async () => {
    const db = tracker();
    const bytes = readReal("ohchr-upr-thematic-lists", SLOVENIA);
    await importFile(db, SYSTEM_ACTOR, bytes, SLOVENIA);
    const before = responseCount(db);
    const withdrawn = db.get<{ id: number }>(sql`SELECT id FROM state_responses WHERE stance = 'noted' LIMIT 1`).id;
    archiveResponse(db, SYSTEM_ACTOR, withdrawn, { version: 1 });
    const again = await importFile(db, SYSTEM_ACTOR, bytes, SLOVENIA);
    expect(again.summary).toMatchObject({ created: 0, positionResponses: 0 });
    expect(responseCount(db)).toBe(before);
    expect(getResponse(db, withdrawn)!.archived).toBe(true);
  });

  it("a UPR Info export: Accepted → accepts and Rejected → noted (cycle-1 wording), dated by the session's year", async () => {
    const db = tracker();
    const csv = [
      UPR_INFO_HEADER,
      "Kazakhstan,Asia,,Ratify the Optional Protocol to the Convention against Torture.,Czech Republic,EEG,EU,Accepted,4,Torture,7",
      "Kazakhstan,Asia,,Abolish the death penalty for all crimes.,Italy,WEOG,EU,Rejected,5,Death penalty,7",
    ].join("\r\n");
    const run = await importFile(db, SYSTEM_ACTOR, Buffer.from(csv), "kaz-7.csv");
    expect(run.summary).toMatchObject({ created: 2, positionResponses: 2 });
    expect(
      db.all(
        sql`SELECT x.stance, x.date, x.quote FROM state_responses x JOIN recommendations r ON r.id = x.recommendation_id ORDER BY r.id`,
      ),
    ).toEqual([
      { stance: "accepts", date: "2010", quote: "Accepted" },
      { stance: "noted", date: "2010", quote: "Rejected" },
    ]);
  });

  it("a file that changes a position corrects the import's own response, never an editor's", async () => {
    const db = tracker();
    // UHRI keys a recommendation by its annotation id, so a corrected file updates the same one.
    const uhri = (id: string, position: string) =>
      [
        "Text,Countries Concerned,Reccomending Body,Document Symbol,Document Publication Date," +
          "UPR Position,Type,OHCHR Annotation Id,UPR Session",
        `Abolish the death penalty.,Kazakhstan,UPR,A/HRC/14/10,2010-03-23,${position},Recommendation,${id},7`,
      ].join("\r\n");
    await importFile(db, SYSTEM_ACTOR, Buffer.from(uhri("u1", "Noted")), "a.csv");
    await importFile(db, SYSTEM_ACTOR, Buffer.from(uhri("u2", "Noted")), "a2.csv");
    expect(db.all(sql`SELECT stance, quote, date FROM state_responses ORDER BY id`)).toEqual([
      { stance: "noted", quote: "Noted", date: "2010" },
      { stance: "noted", quote: "Noted", date: "2010" },
    ]);
    // An editor corrects the second one's quote; then both are re-imported as Supported/Noted.
    const edited = db.get<{ id: number }>(sql`SELECT id FROM state_responses ORDER BY id DESC LIMIT 1`).id;
    const { updateResponse } = await import("@/lib/data/responses");
    updateResponse(db, SYSTEM_ACTOR, edited, { version: 1, quote: "Noted (A/HRC/14/10/Add.1, para. 3)" });
    const first = await importFile(db, SYSTEM_ACTOR, Buffer.from(uhri("u1", "Supported/Noted")), "b.csv");
    await importFile(db, SYSTEM_ACTOR, Buffer.from(uhri("u2", "Supported/Noted")), "b2.csv");
    expect(first.summary).toMatchObject({ updated: 1, positionResponses: 1 });
    expect(db.all(sql`SELECT stance, quote FROM state_responses ORDER BY id`)).toEqual([
      { stance: "partially_accepts", quote: "Supported/Noted" },
      { stance: "noted", quote: "Noted (A/HRC/14/10/Add.1, para. 3)" },
    ]);
  });
});

describe("migration 0008 gives recommendations already held their position as a response", () => {
  const migration = fs.readFileSync(
    path.join(import.meta.dirname, "../../db/migrations/0008_truth_positions_follow_up.sql"),
    "utf8",
  );
  const dataStatements = migration
    .split("--> statement-breakpoint")
    .filter((s) => /INSERT INTO `state_responses`|UPDATE `recommendations`/.test(s));

  it("writes one response per position, dated by the addendum, else the adoption, else the year — and only once", () => {
    const db = tracker();
    const kaz = db.get<{ id: number }>(
      sql`INSERT INTO states (code, name) VALUES ('KAZ', 'Kazakhstan') RETURNING id`,
    ).id;
    const upr = db.get<{ id: number }>(sql`SELECT id FROM bodies WHERE code = 'UPR'`).id;
    const c1 = db.get<{ id: number }>(
      sql`INSERT INTO review_cycles (state_id, body_id, ordinal, adoption_date) VALUES (${kaz}, ${upr}, 1, '2010-06-10') RETURNING id`,
    ).id;
    const c2 = db.get<{ id: number }>(
      sql`INSERT INTO review_cycles (state_id, body_id, ordinal) VALUES (${kaz}, ${upr}, 2) RETURNING id`,
    ).id;
    const add1 = db.get<{ id: number }>(
      sql`INSERT INTO documents (symbol, title, kind, date, cycle_id)
        VALUES ('A/HRC/28/10/Add.1', 'Addendum', 'upr_addendum', '2015-03-02', ${c2}) RETURNING id`,
    ).id;
    const rec = (cycle: number, doc: number | null, position: string, raw: string | null, year: number) =>
      db.get<{
        id: number;
      }>(sql`INSERT INTO recommendations (cycle_id, document_id, text, upr_position, upr_position_raw, state_id, body_id, year)
        VALUES (${cycle}, ${doc}, ${`Recommendation ${position} ${year}`}, ${position}, ${raw}, ${kaz}, ${upr}, ${year}) RETURNING id`)
        .id;
    const a = rec(c1, null, "supported", "Accepted", 2010);
    const b = rec(c2, add1, "noted", null, 2014);
    const c = rec(c2, null, "supported_noted", "Supported/Noted", 2014);
    const run = () => dataStatements.forEach((s) => db.$client.exec(s));
    run();
    run();
    expect(
      db.all(
        sql`SELECT recommendation_id AS id, stance, date, quote, document_id AS doc FROM state_responses ORDER BY recommendation_id`,
      ),
    ).toEqual([
      { id: a, stance: "accepts", date: "2010-06-10", quote: "Accepted", doc: null },
      { id: b, stance: "noted", date: "2015-03-02", quote: "Noted", doc: add1 },
      { id: c, stance: "partially_accepts", date: "2014", quote: "Supported/Noted", doc: null },
    ]);
    expect(db.all(sql`SELECT latest_stance AS s FROM recommendations ORDER BY id`)).toEqual([
      { s: "accepts" },
      { s: "noted" },
      { s: "partially_accepts" },
    ]);
  });
});
