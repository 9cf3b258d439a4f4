import { item } from "@/lib/api/resources";
import { getEvidence, updateEvidence } from "@/lib/data/evidence";

const routes = item({ entity: "evidence item", get: getEvidence, update: updateEvidence, updateRole: "editor" });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
