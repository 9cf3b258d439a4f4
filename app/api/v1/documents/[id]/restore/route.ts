import { versionedAction } from "@/lib/api/resources";
import { restoreDocument } from "@/lib/data/documents";

export const POST = versionedAction(["document", "restore"], "document", restoreDocument);
