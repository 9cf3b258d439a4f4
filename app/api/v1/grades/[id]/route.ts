import { item } from "@/lib/api/resources";
import { getGrade, updateGrade } from "@/lib/data/grades";
import { gradeUpdateSchema } from "@/lib/validation/grades";

/** Corrections to a recorded history row; a new fact is a new row (POST under the recommendation). */
const routes = item({
  policy: "grade",
  label: "follow-up grade",
  get: getGrade,
  body: gradeUpdateSchema,
  update: updateGrade,
});
export const GET = routes.GET;
export const PATCH = routes.PATCH;
