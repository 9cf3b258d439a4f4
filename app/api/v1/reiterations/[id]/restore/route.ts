import { versionedAction } from "@/lib/api/resources";
import { restoreReiteration } from "@/lib/data/reiterations";

export const POST = versionedAction(["reiteration", "restore"], "reiteration link", restoreReiteration);
