import { versionedAction } from "@/lib/api/resources";
import { restoreCycle } from "@/lib/data/cycles";

export const POST = versionedAction("review cycle", "editor", restoreCycle);
