import { versionedAction } from "@/lib/api/resources";
import { restoreCycleEvent } from "@/lib/data/cycle-events";

export const POST = versionedAction(["cycleEvent", "restore"], "cycle event", restoreCycleEvent);
