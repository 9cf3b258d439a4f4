import { versionedAction } from "@/lib/api/resources";
import { archiveCycleEvent } from "@/lib/data/cycle-events";

export const POST = versionedAction(["cycleEvent", "archive"], "cycle event", archiveCycleEvent);
