import "server-only";
/**
 * Keeps an uploaded file between the wizard's steps without trusting the
 * browser: the bytes stay on the server under a random id, bound to the user
 * who uploaded them, and are deleted after the commit or after an hour.
 * The browser only ever holds the id.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { config } from "@/lib/config";
import { cleanText } from "@/lib/text/clean";
import { IMPORT_FORMATS, type ImportFormat } from "@/lib/import/types";

export const UPLOAD_TTL_MS = 60 * 60 * 1000;
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

export function saveUpload(userId: number, fileName: string, format: ImportFormat | null, bytes: Uint8Array): string {
  sweepUploads();
  fs.mkdirSync(folder(), { recursive: true, mode: 0o700 });
  const id = randomBytes(16).toString("hex");
  const files = filesOf(id);
  const meta: UploadMeta = {
    userId,
    fileName: cleanFileName(fileName),
    format,
    size: bytes.length,
    createdAt: Date.now(),
  };
  fs.writeFileSync(files.data, bytes, { mode: 0o600, flag: "wx" });
  fs.writeFileSync(files.meta, JSON.stringify(meta), { mode: 0o600, flag: "wx" });
  return id;
}

/** The upload, if it exists, is not expired, and belongs to this user; otherwise null (never someone else's file). */
export function loadUpload(id: unknown, userId: number | null): StoredUpload | null {
  if (typeof id !== "string" || !ID.test(id) || userId === null) return null;
  const files = filesOf(id);
  let meta: UploadMeta;
  try {
    meta = JSON.parse(fs.readFileSync(files.meta, "utf8")) as UploadMeta;
  } catch {
    return null;
  }
  if (meta.userId !== userId) return null;
  if (Date.now() - meta.createdAt > UPLOAD_TTL_MS) {
    deleteUpload(id);
    return null;
  }
  try {
    return { id, meta, bytes: fs.readFileSync(files.data) };
  } catch {
    return null;
  }
}

export function deleteUpload(id: string) {
  if (!ID.test(id)) return;
  const files = filesOf(id);
  fs.rmSync(files.data, { force: true });
  fs.rmSync(files.meta, { force: true });
}

/** Removes uploads older than an hour (abandoned wizards). Runs on every upload, so nothing piles up. */
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
