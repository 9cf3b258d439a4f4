import { versionedAction } from "@/lib/api/resources";
import { restoreTag } from "@/lib/data/tags";

export const POST = versionedAction(["tag", "restore"], "tag", restoreTag);
