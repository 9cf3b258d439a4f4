import { versionedAction } from "@/lib/api/resources";
import { restoreEvidence } from "@/lib/data/evidence";

export const POST = versionedAction("evidence item", "editor", restoreEvidence);
