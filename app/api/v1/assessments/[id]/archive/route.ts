import { versionedAction } from "@/lib/api/resources";
import { archiveAssessment } from "@/lib/data/assessments";

export const POST = versionedAction(["assessment", "archive"], "assessment", archiveAssessment);
