import { versionedAction } from "@/lib/api/resources";
import { archiveEvidence } from "@/lib/data/evidence";

export const POST = versionedAction("evidence item", "editor", archiveEvidence);
