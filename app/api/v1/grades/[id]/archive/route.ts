import { versionedAction } from "@/lib/api/resources";
import { archiveGrade } from "@/lib/data/grades";

export const POST = versionedAction("follow-up grade", "editor", archiveGrade);
