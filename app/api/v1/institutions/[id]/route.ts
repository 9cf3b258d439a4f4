import { item } from "@/lib/api/resources";
import { getInstitution, updateInstitution } from "@/lib/data/institutions";

const routes = item({ entity: "institution", get: getInstitution, update: updateInstitution, updateRole: "editor" });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
