import { item } from "@/lib/api/resources";
import { getAssessment, updateAssessment } from "@/lib/data/assessments";
import { assessmentUpdateSchema } from "@/lib/validation/assessments";

/** Corrections to a recorded history row; a new fact is a new row (POST under the recommendation). */
const routes = item({
  policy: "assessment",
  label: "assessment",
  get: getAssessment,
  body: assessmentUpdateSchema,
  update: updateAssessment,
});
export const GET = routes.GET;
export const PATCH = routes.PATCH;
