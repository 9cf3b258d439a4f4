import { versionedAction } from "@/lib/api/resources";
import { removeReiteration } from "@/lib/data/reiterations";

export const POST = versionedAction(["reiteration", "archive"], "reiteration link", removeReiteration);
