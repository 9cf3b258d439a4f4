import { item } from "@/lib/api/resources";
import { getInstitution, updateInstitution } from "@/lib/data/institutions";
import { institutionUpdateSchema } from "@/lib/validation/institutions";

const routes = item({
  policy: "institution",
  label: "institution",
  get: getInstitution,
  body: institutionUpdateSchema,
  update: updateInstitution,
});
export const GET = routes.GET;
export const PATCH = routes.PATCH;
