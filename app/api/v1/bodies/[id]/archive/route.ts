import { versionedAction } from "@/lib/api/resources";
import { archiveBody } from "@/lib/data/bodies";

export const POST = versionedAction(["body", "archive"], "body", archiveBody);
