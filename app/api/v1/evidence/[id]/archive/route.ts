import { versionedAction } from "@/lib/api/resources";
import { archiveEvidence } from "@/lib/data/evidence";

export const POST = versionedAction(["evidence", "archive"], "evidence item", archiveEvidence);
