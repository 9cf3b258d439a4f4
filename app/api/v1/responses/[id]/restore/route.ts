import { versionedAction } from "@/lib/api/resources";
import { restoreResponse } from "@/lib/data/responses";

export const POST = versionedAction("state response", "editor", restoreResponse);
