import { versionedAction } from "@/lib/api/resources";
import { restoreCycle } from "@/lib/data/cycles";

export const POST = versionedAction(["cycle", "restore"], "review cycle", restoreCycle);
