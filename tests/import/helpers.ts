import fs from "node:fs";
import path from "node:path";

export const REAL = path.join(import.meta.dirname, "../fixtures/real");
export const readReal = (dir: string, file: string) => fs.readFileSync(path.join(REAL, dir, file));

export const UPR_INFO_HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session";

/** Counts values, for comparing position totals with SOURCE.md. */
export function countBy<T>(items: readonly T[], key: (item: T) => string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item) ?? "null";
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
