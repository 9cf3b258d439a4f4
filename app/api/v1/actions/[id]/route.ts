import { item } from "@/lib/api/resources";
import { getAction, updateAction } from "@/lib/data/actions";
import { actionUpdateSchema } from "@/lib/validation/actions";

/** GET: the action with its responsible institutions and progress notes. PATCH with `version`. */
const routes = item({
  policy: "action",
  label: "action",
  get: getAction,
  body: actionUpdateSchema,
  update: updateAction,
});
export const GET = routes.GET;
export const PATCH = routes.PATCH;
