import { versionedAction } from "@/lib/api/resources";
import { restoreResponse } from "@/lib/data/responses";

export const POST = versionedAction(["response", "restore"], "state response", restoreResponse);
