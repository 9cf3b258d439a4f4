import { item } from "@/lib/api/resources";
import { getCycle, updateCycle } from "@/lib/data/cycles";
import { cycleUpdateSchema } from "@/lib/validation/cycles";

const routes = item({
  policy: "cycle",
  label: "review cycle",
  get: getCycle,
  body: cycleUpdateSchema,
  update: updateCycle,
});
export const GET = routes.GET;
export const PATCH = routes.PATCH;
