/**
 * The wizard keeps an upload on the server between steps: only its owner can
 * read it back, never past an hour, and an id from the browser cannot reach
 * any other file.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as UploadStore from "@/lib/uploads/store";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upload-store-"));
let store: typeof UploadStore;

beforeAll(async () => {
  vi.stubEnv("DATABASE_PATH", path.join(dir, "tracker.db"));
  vi.resetModules();
  store = await import("@/lib/uploads/store");
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("upload store", () => {
  it("gives the bytes back to the user who uploaded them, and to nobody else", () => {
    const id = store.saveUpload(7, "../../etc/Slovenia\u0000.docx", "ohchr-docx", Buffer.from("hello"));
    expect(fs.existsSync(path.join(dir, "imports", `${id}.upload`))).toBe(true);
    const mine = store.loadUpload(id, 7)!;
    expect(mine.bytes.toString()).toBe("hello");
    expect(mine.meta).toMatchObject({ fileName: "Slovenia.docx", format: "ohchr-docx", size: 5 });
    expect(store.loadUpload(id, 8)).toBeNull();
    expect(store.loadUpload(id, null)).toBeNull();
    store.deleteUpload(id);
    expect(store.loadUpload(id, 7)).toBeNull();
  });

  it("keeps the parse's skipped rows with it, and reads an older parse without them as listing none", async () => {
    const { emptyParseResult } = await import("@/lib/import/types");
    const id = store.saveUpload(7, "upr.csv", null, Buffer.from("x"));
    const skippedRows = [{ line: 4, reason: "duplicateRow" as const, params: { first: 2 } }];
    store.saveParsed(id, { ...emptyParseResult(), skippedRows });
    expect(store.loadParsed(id, 7)?.skippedRows).toEqual(skippedRows);
    const { skippedRows: _dropped, ...older } = { ...emptyParseResult(), skippedRows };
    fs.writeFileSync(path.join(dir, "imports", `${id}.parsed.json`), JSON.stringify(older));
    expect(store.loadParsed(id, 7)?.skippedRows).toEqual([]);
    store.deleteUpload(id);
  });

  it("refuses ids that are not its own random hex, and forgets uploads after an hour", () => {
    expect(store.loadUpload("../tracker", 7)).toBeNull();
    expect(store.loadUpload(["a"], 7)).toBeNull();
    const id = store.saveUpload(7, "old.csv", null, Buffer.from("x"));
    const meta = path.join(dir, "imports", `${id}.json`);
    const old = { ...JSON.parse(fs.readFileSync(meta, "utf8")), createdAt: Date.now() - store.UPLOAD_TTL_MS - 1 };
    fs.writeFileSync(meta, JSON.stringify(old));
    expect(store.loadUpload(id, 7)).toBeNull();
    expect(fs.existsSync(path.join(dir, "imports", `${id}.upload`))).toBe(false);
  });

  it("sweeps abandoned uploads older than an hour", () => {
    const id = store.saveUpload(7, "abandoned.csv", null, Buffer.from("x"));
    store.sweepUploads();
    expect(store.loadUpload(id, 7)?.meta.fileName).toBe("abandoned.csv");
    // An hour and a second later, as the next upload's sweep would see it.
    store.sweepUploads(Date.now() + store.UPLOAD_TTL_MS + 1000);
    expect(fs.readdirSync(path.join(dir, "imports"))).toEqual([]);
    expect(store.loadUpload(id, 7)).toBeNull();
  });
});
