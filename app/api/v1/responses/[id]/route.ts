import { item } from "@/lib/api/resources";
import { getResponse, updateResponse } from "@/lib/data/responses";
import { responseUpdateSchema } from "@/lib/validation/responses";

/** Corrections to a recorded history row; a new fact is a new row (POST under the recommendation). */
const routes = item({
  policy: "response",
  label: "state response",
  get: getResponse,
  body: responseUpdateSchema,
  update: updateResponse,
});
export const GET = routes.GET;
export const PATCH = routes.PATCH;
