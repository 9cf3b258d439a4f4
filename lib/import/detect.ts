/** Which format a file is, from its bytes (container signature) and headers. */
import { looksLikeTrackerCsv } from "./tracker-csv";
import type { ImportFormat } from "./types";
import { looksLikeUhri } from "./uhri";
import { looksLikeUprInfo } from "./upr-info";

export type Container = "zip" | "ole" | "text";

export function containerOf(bytes: Uint8Array): Container {
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 0x03 || bytes[2] === 0x05) &&
    (bytes[3] === 0x04 || bytes[3] === 0x06)
  )
    return "zip";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "ole";
  return "text";
}

/** Tabular formats by their headers; the most specific test first. */
export function formatFromHeaders(headers: readonly string[]): Exclude<ImportFormat, "ohchr-docx"> | null {
  if (looksLikeUprInfo(headers)) return "upr-info";
  if (looksLikeUhri(headers)) return "uhri";
  if (looksLikeTrackerCsv(headers)) return "tracker-csv";
  return null;
}
