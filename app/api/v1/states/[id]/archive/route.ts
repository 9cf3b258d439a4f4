import { versionedAction } from "@/lib/api/resources";
import { archiveState } from "@/lib/data/states";

export const POST = versionedAction(["state", "archive"], "state", archiveState);
