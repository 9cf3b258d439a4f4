import { versionedAction } from "@/lib/api/resources";
import { archiveResponse } from "@/lib/data/responses";

export const POST = versionedAction(["response", "archive"], "state response", archiveResponse);
