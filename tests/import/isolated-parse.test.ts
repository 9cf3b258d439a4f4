import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseImportFile } from "@/lib/import";
import { parseImportFileIsolated } from "@/lib/import/isolated-parse";
import { runWithLocale } from "@/lib/request-locale";

const DOCX = path.join(
  "tests/fixtures/real/ohchr-upr-thematic-lists",
  "upr48-slovenia-thematic-list-of-recommendatio.docx",
);

describe("the parse in a worker thread", () => {
  it("finds what the parse in the server finds", { timeout: 60_000 }, async () => {
    const bytes = fs.readFileSync(DOCX);
    const inWorker = await parseImportFileIsolated(bytes, path.basename(DOCX));
    const inProcess = await parseImportFile(bytes, path.basename(DOCX));
    expect(inWorker.format).toBe("ohchr-docx");
    expect(inWorker.records.length).toBeGreaterThan(100);
    expect(inWorker).toEqual(inProcess);
  });

  it("stops a parse that runs past its time and says so in the uploader's language", { timeout: 60_000 }, async () => {
    const bytes = fs.readFileSync(DOCX);
    const limits = { timeoutMs: 5, maxHeapMb: 256 };
    const english = await parseImportFileIsolated(bytes, "list.docx", {}, limits);
    expect(english.records).toEqual([]);
    expect(english.issues).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringMatching(/longer than 1 second,/) }),
    ]);
    const russian = await runWithLocale("ru", () => parseImportFileIsolated(bytes, "list.docx", {}, limits));
    expect(russian.issues[0].message).toMatch(/больше 1 секунды/);
  });
});
