import { versionedAction } from "@/lib/api/resources";
import { archiveCycle } from "@/lib/data/cycles";

export const POST = versionedAction(["cycle", "archive"], "review cycle", archiveCycle);
