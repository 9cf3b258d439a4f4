import { versionedAction } from "@/lib/api/resources";
import { restoreCycleEvent } from "@/lib/data/cycle-events";

export const POST = versionedAction("cycle event", "editor", restoreCycleEvent);
