/**
 * Keeps an uploaded file between the wizard's steps without trusting the
 * browser: the bytes stay on the server under a random id, bound to the user
 * who uploaded them, and are deleted after the commit or after an hour.
 * The browser only ever holds the id.
 *
 * The file is parsed once, when it arrives, and the result kept beside it
 * (`<id>.parsed.json`): the review page shows that result however often it is
 * opened, instead of parsing the file again on every view.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { config } from "../config";
import { cleanText } from "../text/clean";
import { IMPORT_FORMATS, type ImportFormat, type ParseResult } from "../import/types";

export const UPLOAD_TTL_MS = 60 * 60 * 1000;
/**
 * Per-user quota of files waiting in the wizard. Past it, that user's oldest waiting
 * uploads are removed to make room (an abandoned wizard is the usual reason), so one
 * account can never hold more than this on the server's disk.
 */
export const MAX_PENDING_UPLOADS_PER_USER = 5;
export const MAX_PENDING_BYTES_PER_USER = 100 * 1024 * 1024;
const ID = /^[a-f0-9]{32}$/;

export type UploadMeta = {
  userId: number;
  fileName: string;
  format: ImportFormat | null;
  size: number;
  createdAt: number;
};
export type StoredUpload = { id: string; meta: UploadMeta; bytes: Buffer };

const folder = () => path.join(config().dataDir, "imports");
const filesOf = (id: string) => ({
  data: path.join(folder(), `${id}.upload`),
  meta: path.join(folder(), `${id}.json`),
  parsed: path.join(folder(), `${id}.parsed.json`),
});

/** A name fit to show and to record: no folders, no control characters, not endless. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";

  const clean = cleanText(base)
    .replace(/[\t\n]/g, " ")
    .trim()
    .slice(0, 200);
  return clean || "upload";
}

export const parseFormat = (value: unknown): ImportFormat | null =>
  typeof value === "string" && (IMPORT_FORMATS as readonly string[]).includes(value) ? (value as ImportFormat) : null;

/**
 * When the last upload was saved: two uploads in the same millisecond still get distinct, ordered
 * times, so "the oldest" (removed when a user is over the quota) is the one saved first.
 */
let lastCreatedAt = 0;

export function saveUpload(userId: number, fileName: string, format: ImportFormat | null, bytes: Uint8Array): string {
  sweepUploads();
  fs.mkdirSync(folder(), { recursive: true, mode: 0o700 });
  makeRoomFor(userId, bytes.length);
  const id = randomBytes(16).toString("hex");
  const files = filesOf(id);
  const meta: UploadMeta = {
    userId,
    fileName: cleanFileName(fileName),
    format,
    size: bytes.length,
    createdAt: (lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1)),
  };
  fs.writeFileSync(files.data, bytes, { mode: 0o600, flag: "wx" });
  fs.writeFileSync(files.meta, JSON.stringify(meta), { mode: 0o600, flag: "wx" });
  return id;
}

/** The user's waiting uploads, oldest first. */
function pendingOf(userId: number): { id: string; meta: UploadMeta }[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder());
  } catch {
    return [];
  }
  return names
    .filter((n) => /^[a-f0-9]{32}\.json$/.test(n))
    .flatMap((n) => {
      const id = n.slice(0, 32);
      const meta = readMeta(id);
      return meta && meta.userId === userId ? [{ id, meta }] : [];
    })
    .sort((a, b) => a.meta.createdAt - b.meta.createdAt);
}

function makeRoomFor(userId: number, size: number) {
  const pending = pendingOf(userId);
  let bytes = pending.reduce((sum, p) => sum + p.meta.size, 0) + size;
  while (pending.length >= MAX_PENDING_UPLOADS_PER_USER || (pending.length > 0 && bytes > MAX_PENDING_BYTES_PER_USER)) {
    const oldest = pending.shift()!;
    bytes -= oldest.meta.size;
    deleteUpload(oldest.id);
  }
}

function readMeta(id: string): UploadMeta | null {
  try {
    return JSON.parse(fs.readFileSync(filesOf(id).meta, "utf8")) as UploadMeta;
  } catch {
    return null;
  }
}

/** The upload's description, if it exists, is not expired and belongs to this user; never someone else's. */
export function loadUploadMeta(id: unknown, userId: number | null): { id: string; meta: UploadMeta } | null {
  if (typeof id !== "string" || !ID.test(id) || userId === null) return null;
  const meta = readMeta(id);
  if (!meta || meta.userId !== userId) return null;
  if (Date.now() - meta.createdAt > UPLOAD_TTL_MS) {
    deleteUpload(id);
    return null;
  }
  return { id, meta };
}

/** The upload, if it exists, is not expired, and belongs to this user; otherwise null (never someone else's file). */
export function loadUpload(id: unknown, userId: number | null): StoredUpload | null {
  const found = loadUploadMeta(id, userId);
  if (!found) return null;
  try {
    return { ...found, bytes: fs.readFileSync(filesOf(found.id).data) };
  } catch {
    return null;
  }
}

/** Keeps the parse of an upload beside it, for the review page. */
export function saveParsed(id: string, parsed: ParseResult) {
  if (!ID.test(id)) return;
  fs.writeFileSync(filesOf(id).parsed, JSON.stringify(parsed), { mode: 0o600 });
}

/** The stored parse of this user's upload, or null (none yet, expired, someone else's). */
export function loadParsed(id: unknown, userId: number | null): ParseResult | null {
  const found = loadUploadMeta(id, userId);
  if (!found) return null;
  try {
    const parsed = JSON.parse(fs.readFileSync(filesOf(found.id).parsed, "utf8")) as ParseResult;
    // A parse stored before skipped rows were listed reads as one that lists none.
    return { ...parsed, skippedRows: Array.isArray(parsed.skippedRows) ? parsed.skippedRows : [] };
  } catch {
    return null;
  }
}

export function deleteUpload(id: string) {
  if (!ID.test(id)) return;
  const files = filesOf(id);
  fs.rmSync(files.data, { force: true });
  fs.rmSync(files.meta, { force: true });
  fs.rmSync(files.parsed, { force: true });
}

/**
 * Removes uploads older than an hour (abandoned wizards): on every upload, and hourly
 * on a timer while the server runs (startUploadSweep), so nothing waits for the next upload.
 */
export function sweepUploads(now = Date.now()) {
  let names: string[];
  try {
    names = fs.readdirSync(folder());
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(folder(), name);
    try {
      if (now - fs.statSync(file).mtimeMs > UPLOAD_TTL_MS) fs.rmSync(file, { force: true });
    } catch {
      // Deleted by a concurrent sweep.
    }
  }
}

const globalForSweep = globalThis as unknown as { __trackerUploadSweep?: NodeJS.Timeout };

/** The hourly sweep (lib/server/lifecycle.ts); unref'd, so it never keeps a process alive. */
export function startUploadSweep(everyMs = UPLOAD_TTL_MS) {
  if (globalForSweep.__trackerUploadSweep) return;
  globalForSweep.__trackerUploadSweep = setInterval(() => sweepUploads(), everyMs);
  globalForSweep.__trackerUploadSweep.unref();
}
