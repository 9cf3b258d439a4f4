import { item } from "@/lib/api/resources";
import { getInstitution, updateInstitution } from "@/lib/data/institutions";

const routes = item({ policy: "institution", label: "institution", get: getInstitution, update: updateInstitution });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
