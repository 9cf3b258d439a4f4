import { versionedAction } from "@/lib/api/resources";
import { archiveTag } from "@/lib/data/tags";

export const POST = versionedAction(["tag", "archive"], "tag", archiveTag);
