import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db";
import { ensureBodies, seedFoundingCase } from "@/db/seed";
import { SYSTEM_ACTOR, type Actor } from "@/lib/auth/roles";
import { commitImport } from "@/lib/data/import";
import { reiterationCandidates } from "@/lib/data/reiteration-candidates";
import {
  dismissReiterationCandidate,
  dismissalsOf,
  removeReiterationDismissal,
} from "@/lib/data/reiteration-dismissals";
import { reiterationQueue } from "@/lib/data/reiteration-queue";
import { addReiteration } from "@/lib/data/reiterations";
import { createRecommendation, updateRecommendation } from "@/lib/data/recommendations-write";
import { forgetCorpusStats } from "@/lib/data/similarity-stats";
import { getStateByCode } from "@/lib/data/state-pages";
import { parseImportFile } from "@/lib/import";
import { freshDb } from "../support/db";

const t = freshDb();
const db = t.db;
const editor: Actor = { id: null, email: "editor@example.org", name: "Editor", role: "editor" };
const viewer: Actor = { id: null, email: "viewer@example.org", name: "Viewer", role: "viewer" };
const idOf = (symbol: string, paragraph: string | null) =>
  db.get<{ id: number }>(sql`SELECT r.id FROM recommendations r JOIN documents d ON d.id = r.document_id
    WHERE d.symbol = ${symbol} AND r.paragraph IS ${paragraph} ORDER BY r.id LIMIT 1`).id;
/** The list of issues prior to reporting (2023): a recommendation placed in it has a year. */
const qpr3 = () => db.get<{ id: number }>(sql`SELECT id FROM documents WHERE symbol = 'CCPR/C/KAZ/QPR/3'`).id;
const cycleOf = (ordinal: number) =>
  db.get<{ id: number }>(sql`SELECT c.id FROM review_cycles c JOIN bodies b ON b.id = c.body_id
    WHERE b.code = 'CCPR' AND c.ordinal = ${ordinal}`).id;

/** Kazakhstan's UPR recommendations of sessions 7 (cycle 1) and 20 (cycle 2), as the demo imports them. */
async function importKazakhstanUpr() {
  for (const name of ["6-9.csv", "17-20.csv"]) {
    const bytes = fs.readFileSync(path.join("tests/fixtures/real/upr-info-2008-2014", name));
    const parsed = await parseImportFile(bytes, name, { format: "upr-info" });
    const records = parsed.records.filter((r) => r.stateCode === "KAZ");
    const issues = parsed.issues.filter((i) => records.some((r) => r.line === i.line));
    const sha256 = createHash("sha256").update(bytes).update("KAZ").digest("hex");
    commitImport(db, SYSTEM_ACTOR, { ...parsed, records, issues }, { fileName: name, sha256 });
  }
  forgetCorpusStats(db);
}

function fieldsOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return (e as { fields?: unknown }).fields;
  }
  return null;
}

beforeAll(async () => {
  ensureBodies(db);
  seedFoundingCase(db);
  await importKazakhstanUpr();
});
// The last test closes the connection itself (to reopen the file).
afterAll(() => fs.rmSync(path.dirname(t.file), { recursive: true, force: true }));

describe("reiteration candidates", () => {
  it("puts the cited CO/1 recommendation first, with the citation as the reason", () => {
    const co1 = idOf("CCPR/C/KAZ/CO/1", "23");
    const later = createRecommendation(db, editor, {
      cycleId: cycleOf(3),
      text:
        "The Committee regrets that the State party has failed to implement its previous recommendation (see " +
        "CCPR/C/KAZ/CO/1, para. 23) and should recognise conscientious objection.",
    });
    const [first] = reiterationCandidates(db, later.id);
    expect(first).toMatchObject({ id: co1, signal: "citation", score: 1, reason: "cites CCPR/C/KAZ/CO/1 para. 23" });
    expect(first).toMatchObject({ symbol: "CCPR/C/KAZ/CO/1", paragraph: "23", year: 2011 });
  });

  it("finds a second-cycle UPR recommendation's first-cycle version by its wording, and says which words", () => {
    const later = db.get<{ id: number }>(
      sql`SELECT id FROM recommendations WHERE text
        LIKE 'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (OP-ICESCR)%'`,
    );
    const earlier = db.get<{ id: number }>(
      sql`SELECT id FROM recommendations WHERE text
        LIKE 'Sign and ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights%'`,
    );
    const candidates = reiterationCandidates(db, later.id);
    expect(candidates[0].id).toBe(earlier.id);
    expect(candidates[0].signal).toBe("wording");
    expect(candidates[0].reason).toMatch(/^similar wording: .*(economic|cultural|covenant)/);
    expect(candidates[0].year).toBe(2010);
    expect(candidates.length).toBeLessThanOrEqual(10);
    // Every candidate is earlier, to the same state, above the threshold.
    for (const c of candidates) expect(c.year).toBeLessThan(2014);
  });

  it("spells out CRPD, so a later 'Ratify CRPD' finds the earlier full title", () => {
    const later = db.get<{ id: number }>(sql`SELECT id FROM recommendations WHERE text = 'Ratify CRPD'`);
    const [first] = reiterationCandidates(db, later.id);
    expect(first.text).toMatch(/Convention on the Rights of Persons with Disabilities/);
  });

  it("suggests nothing for a text that shares no telling words with anything earlier", () => {
    const lone = createRecommendation(db, editor, {
      cycleId: cycleOf(3),
      text: "Publish the timetable of the zoological gardens' winter opening hours.",
    });
    expect(reiterationCandidates(db, lone.id)).toEqual([]);
  });

  it("leaves out what is already linked, directly or through the chain", () => {
    const later = createRecommendation(db, editor, {
      cycleId: cycleOf(3),
      text:
        "Recognise in law the right to conscientious objection to military service and provide alternative civilian " +
        "service (see CCPR/C/KAZ/CO/1, para. 23).",
    });
    const co1 = idOf("CCPR/C/KAZ/CO/1", "23");
    const co2 = db.get<{ id: number }>(
      sql`SELECT recommendation_id AS id FROM reiterations WHERE earlier_id = ${co1}`,
    ).id;
    expect(reiterationCandidates(db, later.id).map((c) => c.id)).toContain(co1);
    addReiteration(db, editor, later.id, { earlierId: co2 });
    const after = reiterationCandidates(db, later.id).map((c) => c.id);
    expect(after).not.toContain(co2);
    expect(after).not.toContain(co1);
  });

  it("finds the same candidates whether or not the commonest words are left out of the lookup", () => {
    const later = db.all<{ id: number }>(sql`SELECT r.id FROM recommendations r
      JOIN review_cycles c ON c.id = r.cycle_id WHERE c.upr_session = 20 ORDER BY r.id`);
    expect(later.length).toBeGreaterThan(100);
    let found = 0;
    for (const { id } of later) {
      const pruned = reiterationCandidates(db, id);
      expect(pruned).toEqual(reiterationCandidates(db, id, { everyStem: true }));
      found += pruned.length ? 1 : 0;
    }
    // Most second-cycle recommendations have an earlier version: the comparison is not of empty lists.
    expect(found).toBeGreaterThan(later.length / 2);
  });

  it("keeps the index up to date when a text is edited", () => {
    const rec = createRecommendation(db, editor, {
      cycleId: cycleOf(3),
      documentId: qpr3(),
      text: "Publish the zoo timetable.",
    });
    expect(reiterationCandidates(db, rec.id)).toEqual([]);
    updateRecommendation(db, editor, rec.id, {
      version: rec.version,
      text: "Ratify the Optional Protocol to the Convention against Torture and establish a national preventive mechanism.",
    });
    expect(reiterationCandidates(db, rec.id)[0]?.text).toMatch(
      /national preventive mechanism|Optional Protocol to the Convention against Torture/,
    );
  });
});

describe("dismissed candidates", () => {
  it("stay dismissed: on the page, through the API's function, in the queue — and can be taken back", () => {
    const state = getStateByCode(db, "KAZ");
    const queue = reiterationQueue(db, state.id);
    const item = queue.items.find((i) => i.candidate.signal === "wording")!;
    expect(item).toBeDefined();
    const { id } = item.recommendation;
    const earlierId = item.candidate.id;
    expect(() => dismissReiterationCandidate(db, viewer, id, { earlierId })).toThrow(/editor role/);
    const dismissal = dismissReiterationCandidate(db, editor, id, { earlierId, note: "Different subject." });
    expect(reiterationCandidates(db, id).map((c) => c.id)).not.toContain(earlierId);
    const again = reiterationQueue(db, state.id).items.find((i) => i.recommendation.id === id);
    expect(again?.candidate.id).not.toBe(earlierId);
    expect(dismissalsOf(db, id)).toEqual([expect.objectContaining({ id: dismissal.id, earlierId })]);
    expect(fieldsOf(() => dismissReiterationCandidate(db, editor, id, { earlierId }))).toEqual({
      earlierId: ["This pair was already dismissed."],
    });
    const audit = db.get<{ n: number }>(
      sql`SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'reiteration_dismissal' AND entity_id = ${dismissal.id}`,
    );
    expect(audit.n).toBe(1);

    removeReiterationDismissal(db, editor, dismissal.id, { version: 1 });
    expect(reiterationCandidates(db, id).map((c) => c.id)).toContain(earlierId);
  });

  it("are remembered across connections (stored, not cached)", () => {
    const state = getStateByCode(db, "KAZ");
    const item = reiterationQueue(db, state.id).items[0];
    dismissReiterationCandidate(db, editor, item.recommendation.id, { earlierId: item.candidate.id });
    db.$client.close();
    const reopened = openDatabase(t.file);
    expect(reiterationCandidates(reopened, item.recommendation.id).map((c) => c.id)).not.toContain(item.candidate.id);
    reopened.$client.close();
  });
});
