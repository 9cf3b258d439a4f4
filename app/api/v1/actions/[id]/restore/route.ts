import { versionedAction } from "@/lib/api/resources";
import { restoreAction } from "@/lib/data/actions";

export const POST = versionedAction(["action", "restore"], "action", restoreAction);
