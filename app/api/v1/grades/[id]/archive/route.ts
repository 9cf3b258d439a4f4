import { versionedAction } from "@/lib/api/resources";
import { archiveGrade } from "@/lib/data/grades";

export const POST = versionedAction(["grade", "archive"], "follow-up grade", archiveGrade);
