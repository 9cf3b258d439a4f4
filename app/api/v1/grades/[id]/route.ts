import { item } from "@/lib/api/resources";
import { getGrade, updateGrade } from "@/lib/data/grades";

/** Corrections to a recorded history row; a new fact is a new row (POST under the recommendation). */
const routes = item({ entity: "follow-up grade", get: getGrade, update: updateGrade, updateRole: "editor" });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
