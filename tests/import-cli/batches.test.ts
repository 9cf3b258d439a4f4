/**
 * What the wizard's summary and the batch page read (lib/data/import-batches.ts):
 * importFile refuses without writing, a re-import points back to the first
 * import, and the batch's recommendations page 50 at a time.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type Actor } from "@/lib/auth/roles";
import { getImportBatch, importFile, listBatchRecommendations, listImportBatches } from "@/lib/data/import-batches";
import { ForbiddenError } from "@/lib/errors";
import { parseImportFile, type ParseResult } from "@/lib/import";
import { skipMessage } from "@/lib/import/messages";
import { freshDb } from "../support/db";

const FILE = "UPR20__Slovenia_ThematicListRecommendations_E.docx";
const bytes = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/real/ohchr-upr-thematic-lists", FILE));
const VIEWER: Actor = { id: null, email: "viewer@example.org", name: "Viewer", role: "viewer" };

let handle: ReturnType<typeof freshDb> | null = null;
afterEach(() => handle?.close());
const open = () => (handle = freshDb()).db;

describe("import batches", () => {
  it("commits the parse it is given, as the stored result of the upload's worker, without parsing again", async () => {
    const db = open();
    const parsed = JSON.parse(JSON.stringify(await parseImportFile(bytes, FILE))) as ParseResult;
    // Bytes that parse to nothing: only the given result can create the 163 recommendations.
    const run = await importFile(db, SYSTEM_ACTOR, new Uint8Array([1, 2, 3]), FILE, { parsed });
    expect(run.summary).toMatchObject({ created: 163, updated: 0 });
  });

  it("lists a batch's recommendations 50 a page, and a re-import points to the first import", async () => {
    const db = open();
    const first = await importFile(db, SYSTEM_ACTOR, bytes, FILE);
    expect(first.summary).toMatchObject({ created: 163, updated: 0 });
    const second = await importFile(db, SYSTEM_ACTOR, bytes, FILE);
    expect(second.summary).toMatchObject({ created: 0, updated: 0, skipped: 163 });

    const a = getImportBatch(db, first.summary!.batchId!)!;
    expect(a).toMatchObject({
      fileName: FILE,
      format: "ohchr-docx",
      firstImportId: null,
      stateCodes: ["SVN"],
      bodyCodes: ["UPR"],
    });
    expect(a.summary).toEqual({
      created: 163,
      updated: 0,
      skipped: 0,
      keptEdits: 0,
      keptEditRows: [],
      duplicatesMerged: 0,
      history: null,
      skippedRows: [],
      skippedRowsTotal: 0,
    });
    const b = getImportBatch(db, second.summary!.batchId!)!;
    expect(b.firstImportId).toBe(a.id);
    // Each row of the re-import says which recommendation it already is.
    expect(b.summary.skippedRowsTotal).toBe(163);
    expect(b.summary.skippedRows?.every((r) => r.reason === "inTracker")).toBe(true);
    const firstSkipped = b.summary.skippedRows![0];
    const idOfFirst = db.$client
      .prepare("SELECT id FROM recommendations WHERE import_batch_id = ? ORDER BY id LIMIT 1")
      .pluck()
      .get(a.id) as number;
    expect(firstSkipped).toEqual({
      line: first.parsed.records[0].line,
      reason: "inTracker",
      params: { id: idOfFirst },
    });
    expect(skipMessage(firstSkipped, "en")).toBe(`Already in the tracker as #${idOfFirst}, unchanged.`);
    // The wider view of a re-import is the first import's States and bodies.
    expect(b.stateCodes).toEqual(["SVN"]);

    const page1 = listBatchRecommendations(db, a.id, 1);
    const page4 = listBatchRecommendations(db, a.id, 4);
    expect(page1.total).toBe(163);
    expect(page1.data).toHaveLength(50);
    expect(page4.data).toHaveLength(13);
    expect(new Set([...page1.data, ...page4.data].map((r) => r.id)).size).toBe(63);
    expect(page1.data[0]).toMatchObject({ stateName: "Slovenia", bodyCode: "UPR", archived: false });
    expect(listBatchRecommendations(db, b.id, 1).total).toBe(0);

    expect(listImportBatches(db).map((r) => r.id)).toEqual([b.id, a.id]);
  });

  it("refuses a file with errors without writing, and refuses a viewer", async () => {
    const db = open();
    const refused = await importFile(db, SYSTEM_ACTOR, Buffer.from("Name,Phone\nAnna,123\n"), "contacts.csv");
    expect(refused.summary).toBeNull();
    expect(refused.parsed.issues.some((i) => i.severity === "error")).toBe(true);
    expect(listImportBatches(db)).toEqual([]);
    await expect(importFile(db, VIEWER, bytes, FILE)).rejects.toBeInstanceOf(ForbiddenError);
    expect(db.$client.prepare("SELECT COUNT(*) FROM recommendations").pluck().get()).toBe(0);
  });
});
