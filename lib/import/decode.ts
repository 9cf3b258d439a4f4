/**
 * Bytes → text. Real imports arrive as UTF-8 (with or without BOM), UTF-16
 * from Excel's "Unicode text", Windows-1252 from older Excel, Windows-1251 from
 * a Russian Excel's CSV and Mac Roman from the UPR Info database (0x8E for é, CR
 * line ends). Without a BOM the 8-bit code pages cannot be told apart by
 * validity alone (every byte is "valid" in each): Cyrillic is recognised by its
 * words (looksLikeCyrillic1251), and the two Latin pages are scored by how
 * plausible their accented characters look in context; see scoreEightBit.
 */
import iconv from "iconv-lite";
import type { TextEncodingName } from "./types";

export type Decoded = { text: string; encoding: TextEncodingName };

const ICONV_NAME: Record<TextEncodingName, string> = {
  "utf-8": "utf-8",
  "utf-8-bom": "utf-8",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  "windows-1252": "windows-1252",
  "windows-1251": "windows-1251",
  macintosh: "macintosh",
};

export function detectEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8-bom";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16) return bomless16;
  if (bytes.includes(0)) return null;
  if (isValidUtf8(bytes)) return "utf-8";
  if (looksLikeCyrillic1251(bytes)) return "windows-1251";
  return scoreEightBit(bytes, "macintosh") > scoreEightBit(bytes, "windows-1252") ? "macintosh" : "windows-1252";
}

export function decodeText(bytes: Uint8Array, encoding?: TextEncodingName): Decoded | null {
  const detected = encoding ?? detectEncoding(bytes);
  if (!detected) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // iconv-lite strips a BOM by default; a BOM-less file decodes unchanged.
  const text = iconv.decode(buffer, ICONV_NAME[detected]);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: detected };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** ASCII text saved as UTF-16 without a BOM has a zero in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

/** Windows-1251's letters: А–я at 0xC0–0xFF, Ё and ё at 0xA8 and 0xB8. */
const isCyrillic1251 = (b: number | undefined) => b !== undefined && (b >= 0xc0 || b === 0xa8 || b === 0xb8);

/**
 * Cyrillic in Windows-1251. Its letters are bytes Windows-1252 and Mac Roman read as accented
 * Latin letters, but Latin prose has an accented letter here and there between plain ones
 * ("Autorité", at most two together as in "ações"), while a Cyrillic word is made of them
 * alone. So: most high bytes are 1251 letters, and most of those stand in runs of three or more.
 */
export function looksLikeCyrillic1251(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  let inWords = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = bytes[i];
    if (isCyrillic1251(b)) {
      run++;
      letters++;
    } else {
      if (run >= 3) inWords += run;
      run = 0;
    }
    if (b !== undefined && b >= 0x80) high++;
  }
  return letters >= 6 && letters >= high * 0.8 && inWords >= letters * 0.6;
}

/** Punctuation both code pages legitimately produce in prose. */
const TYPOGRAPHIC = new Set("…•€£©®°§¶·");
const APOSTROPHES = new Set("’");
const OPENING = new Set("‘“«");
const CLOSING = new Set("”»");
const DASHES = new Set("–—");
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** The 128 high characters of each 8-bit code page, decoded once. */
const HIGH_CHARS: Record<"macintosh" | "windows-1252", string[]> = {
  macintosh: highChars("macintosh"),
  "windows-1252": highChars("windows-1252"),
};

function highChars(encoding: string): string[] {
  const bytes = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i));
  return [...iconv.decode(bytes, encoding)];
}

/**
 * Sum of plausibility over every non-ASCII byte when read in `encoding`, judged
 * with its neighbours: an accented letter inside a word counts for, a lone one
 * ("— " read as " ó ") or a capital glued after a lower-case letter
 * ("AutoritŽ", "StateÕs") counts against; curly quotes and dashes count for
 * where prose puts them (don’t, “word”, a — b); other symbols ("‡", "√") and
 * undefined bytes count against. One pass over the bytes, no decoding.
 */
export function scoreEightBit(bytes: Uint8Array, encoding: "macintosh" | "windows-1252"): number {
  const table = HIGH_CHARS[encoding];
  const charAt = (i: number) => {
    if (i < 0 || i >= bytes.length) return " ";
    const b = bytes[i];
    return b < 0x80 ? String.fromCharCode(b) : table[b - 0x80];
  };
  let score = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    const ch = table[bytes[i] - 0x80];
    const before = charAt(i - 1);
    const after = charAt(i + 1);
    const letterBefore = LETTER.test(before);
    const letterAfter = LETTER.test(after);
    if (LOWER.test(ch)) score += letterBefore || letterAfter ? 2 : -1;
    else if (UPPER.test(ch)) score += !LOWER.test(before) && letterAfter ? 1 : -1;
    else if (LETTER.test(ch)) score += 1;
    else if (APOSTROPHES.has(ch)) score += letterBefore && letterAfter ? 3 : letterBefore || letterAfter ? 1 : -1;
    else if (OPENING.has(ch)) score += !letterBefore && letterAfter ? 2 : 0;
    else if (CLOSING.has(ch)) score += letterBefore && !letterAfter ? 2 : 0;
    else if (DASHES.has(ch)) score += !letterBefore && !letterAfter ? 2 : 0;
    else if (TYPOGRAPHIC.has(ch)) score += 1;
    else score -= 2;
  }
  return score;
}
