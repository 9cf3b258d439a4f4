import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DB } from "../index";
import { commitImport, type CommitSummary } from "../../lib/data/import";
import { parseImportFile } from "../../lib/import";
import { SYSTEM_ACTOR } from "../../lib/auth/roles";

/**
 * Kazakhstan's real UPR recommendations (sessions 7 and 20) from UPR Info's
 * export (db/seed/data/, credited in its README and SOURCE.md), imported
 * through the same parser and commit as any user's file.
 */
const FILES = ["6-9.csv", "17-20.csv"];
const STATE = "KAZ";

export async function seedUprDemo(db: DB): Promise<CommitSummary[]> {
  const out: CommitSummary[] = [];
  for (const name of FILES) {
    const file = path.join(process.cwd(), "db", "seed", "data", name);
    const bytes = fs.readFileSync(file);
    const parsed = await parseImportFile(bytes, name, { format: "upr-info" });
    const records = parsed.records.filter((r) => r.stateCode === STATE);
    // Only Kazakhstan's rows are committed; problems in other states' rows do not concern the demo.
    const issues = parsed.issues.filter((i) => records.some((r) => r.line === i.line));
    const sha256 = createHash("sha256").update(bytes).update(`:${STATE}`).digest("hex");
    out.push(
      commitImport(
        db,
        SYSTEM_ACTOR,
        { ...parsed, records, issues },
        { fileName: `${name} (${STATE} only, demo)`, sha256 },
      ),
    );
  }
  return out;
}
