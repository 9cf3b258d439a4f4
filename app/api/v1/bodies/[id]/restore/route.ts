import { versionedAction } from "@/lib/api/resources";
import { restoreBody } from "@/lib/data/bodies";

export const POST = versionedAction(["body", "restore"], "body", restoreBody);
