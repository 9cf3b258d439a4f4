import { versionedAction } from "@/lib/api/resources";
import { restoreGrade } from "@/lib/data/grades";

export const POST = versionedAction(["grade", "restore"], "follow-up grade", restoreGrade);
