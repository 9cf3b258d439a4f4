import { versionedAction } from "@/lib/api/resources";
import { archiveResponse } from "@/lib/data/responses";

export const POST = versionedAction("state response", "editor", archiveResponse);
