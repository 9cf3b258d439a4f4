import { versionedAction } from "@/lib/api/resources";
import { archiveDocument } from "@/lib/data/documents";

export const POST = versionedAction(["document", "archive"], "document", archiveDocument);
