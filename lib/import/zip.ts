/**
 * Safe reading of .docx / .xlsx containers (ZIP archives). A ZIP bomb declares
 * or inflates to far more than it weighs, so every part is checked twice: its
 * declared size before anything is inflated, and its real size while inflating,
 * stopping as soon as the cap is passed (the declared size can lie). What all
 * parts of one archive inflate to is counted too, against MAX_ZIP_TOTAL_BYTES,
 * so many parts just under the per-part cap are refused as well.
 */
import JSZip from "jszip";
import { MAX_ZIP_ENTRIES, MAX_ZIP_ENTRY_BYTES, MAX_ZIP_TOTAL_BYTES } from "./limits";
import { importMessage } from "./messages";

export class ZipRefusal extends Error {}
/** The archive would inflate past the caps (lib/import/limits.ts): a ZIP bomb, or not a real document. */
export class ZipBomb extends ZipRefusal {}

const MB = 1024 * 1024;

/** Bytes inflated so far per archive: each part read spends from the archive's total. */
const inflated = new WeakMap<JSZip, number>();

export async function openZip(bytes: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    // JSZip's own words ("is this a zip file ?", with a link to its docs) mean nothing to the reader.
    throw new ZipRefusal(importMessage("zip.notZip"));
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > MAX_ZIP_ENTRIES)
    throw new ZipRefusal(importMessage("zip.tooManyEntries", { count: entries.length, limit: MAX_ZIP_ENTRIES }));
  let total = 0;
  for (const entry of entries) {
    const declared = declaredSize(entry);
    total += declared;
    if (declared > MAX_ZIP_ENTRY_BYTES) throw bomb(entry.name, MAX_ZIP_ENTRY_BYTES);
    if (total > MAX_ZIP_TOTAL_BYTES) throw bomb(entry.name, MAX_ZIP_TOTAL_BYTES);
  }
  return zip;
}

/**
 * JSZip keeps the central directory's size on a private field (read as a signed
 * 32-bit number, hence `>>> 0`); absent means "unknown", checked while inflating.
 */
function declaredSize(entry: JSZip.JSZipObject): number {
  const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  return typeof size === "number" ? size >>> 0 : 0;
}

function bomb(name: string, limit: number) {
  return new ZipBomb(importMessage("zip.bomb", { name, limit: Math.round(limit / MB) }));
}

/**
 * Inflates one part, refusing it the moment it grows past `cap` bytes or takes the
 * archive's running total past MAX_ZIP_TOTAL_BYTES.
 */
export function readZipEntry(zip: JSZip, name: string, cap = MAX_ZIP_ENTRY_BYTES): Promise<Uint8Array | null> {
  const entry = zip.file(name);
  if (!entry) return Promise.resolve(null);
  const spent = inflated.get(zip) ?? 0;
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let stopped = false;
    const stream = entry.nodeStream("nodebuffer");
    stream
      .on("data", (chunk: Buffer) => {
        if (stopped) return;
        size += chunk.length;
        const overTotal = spent + size > MAX_ZIP_TOTAL_BYTES;
        if (size > cap || overTotal) {
          stopped = true;
          stream.pause();
          stream.removeAllListeners("data");
          chunks.length = 0;
          reject(bomb(name, overTotal && size <= cap ? MAX_ZIP_TOTAL_BYTES : cap));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (error: Error) => {
        if (stopped) return;
        stopped = true;
        reject(new ZipRefusal(importMessage("zip.broken", { reason: error.message })));
      })
      .on("end", () => {
        if (stopped) return;
        inflated.set(zip, (inflated.get(zip) ?? 0) + size);
        resolve(Buffer.concat(chunks));
      });
  });
}

/** Inflates every part once, counting only, so a bomb is refused before a library (exceljs) unpacks it. */
export async function assertZipWithinLimits(zip: JSZip): Promise<void> {
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    await readZipEntry(zip, entry.name);
  }
}

export async function readZipText(zip: JSZip, name: string): Promise<string | null> {
  const data = await readZipEntry(zip, name);
  return data ? new TextDecoder("utf-8").decode(data) : null;
}
