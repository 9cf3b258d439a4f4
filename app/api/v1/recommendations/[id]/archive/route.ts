import { versionedAction } from "@/lib/api/resources";
import { archiveRecommendation } from "@/lib/data/recommendations-write";

/** Admin only: archiving hides a recommendation everywhere (reversible with /restore). */
export const POST = versionedAction(["recommendation", "archive"], "recommendation", archiveRecommendation);
