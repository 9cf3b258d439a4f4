import { versionedAction } from "@/lib/api/resources";
import { restoreRecommendation } from "@/lib/data/recommendations-write";

export const POST = versionedAction(["recommendation", "restore"], "recommendation", restoreRecommendation);
