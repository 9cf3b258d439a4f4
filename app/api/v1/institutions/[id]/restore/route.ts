import { versionedAction } from "@/lib/api/resources";
import { restoreInstitution } from "@/lib/data/institutions";

export const POST = versionedAction(["institution", "restore"], "institution", restoreInstitution);
