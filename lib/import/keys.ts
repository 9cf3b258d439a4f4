import { createHash } from "node:crypto";

/**
 * A stable external key: the format's prefix and a hash of the content that
 * identifies one recommendation. Runs of whitespace count as one space and
 * ends are trimmed (UPR Info texts often carry a trailing space, so the same
 * recommendation typed for two States differs only there); case is kept,
 * because "Ratify" and "ratify" rows are not known to be the same typing.
 */
export function contentKey(prefix: string, parts: readonly (string | number | null | undefined)[]): string {
  const canonical = parts
    .map((p) =>
      String(p ?? "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .join("\u241F");
  return `${prefix}:${createHash("sha1").update(canonical).digest("hex").slice(0, 24)}`;
}

/** Splits a multi-value cell: one value a line ("- " bullets, UHRI) or separated by a delimiter. */
export function splitList(value: string, separator: RegExp = /\r\n|\r|\n/): string[] {
  const out: string[] = [];
  for (const part of value.split(separator)) {
    const clean = part.replace(/^\s*[-•]\s+/, "").trim();
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return out;
}

/** UPR Info escaped a few cells as HTML ("&#40;Unknown&#41;"). */
export function decodeEntities(value: string): string {
  return value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, "&");
}
