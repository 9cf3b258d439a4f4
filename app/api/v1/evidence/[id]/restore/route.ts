import { versionedAction } from "@/lib/api/resources";
import { restoreEvidence } from "@/lib/data/evidence";

export const POST = versionedAction(["evidence", "restore"], "evidence item", restoreEvidence);
