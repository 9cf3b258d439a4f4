import { versionedAction } from "@/lib/api/resources";
import { archiveAction } from "@/lib/data/actions";

export const POST = versionedAction(["action", "archive"], "action", archiveAction);
