import { versionedAction } from "@/lib/api/resources";
import { restoreAssessment } from "@/lib/data/assessments";

export const POST = versionedAction(["assessment", "restore"], "assessment", restoreAssessment);
