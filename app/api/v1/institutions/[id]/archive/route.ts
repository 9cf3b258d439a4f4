import { versionedAction } from "@/lib/api/resources";
import { archiveInstitution } from "@/lib/data/institutions";

export const POST = versionedAction(["institution", "archive"], "institution", archiveInstitution);
