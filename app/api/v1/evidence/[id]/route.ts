import { item } from "@/lib/api/resources";
import { getEvidence, updateEvidence } from "@/lib/data/evidence";
import { evidenceUpdateSchema } from "@/lib/validation/evidence";

const routes = item({
  policy: "evidence",
  label: "evidence item",
  get: getEvidence,
  body: evidenceUpdateSchema,
  update: updateEvidence,
});
export const GET = routes.GET;
export const PATCH = routes.PATCH;
