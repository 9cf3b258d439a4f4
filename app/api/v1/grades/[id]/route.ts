import { item } from "@/lib/api/resources";
import { getGrade, updateGrade } from "@/lib/data/grades";

/** Corrections to a recorded history row; a new fact is a new row (POST under the recommendation). */
const routes = item({ policy: "grade", label: "follow-up grade", get: getGrade, update: updateGrade });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
