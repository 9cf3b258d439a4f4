import { versionedAction } from "@/lib/api/resources";
import { restoreState } from "@/lib/data/states";

export const POST = versionedAction(["state", "restore"], "state", restoreState);
