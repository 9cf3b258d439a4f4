import { collection } from "@/lib/api/resources";
import { createCycle, listCycles } from "@/lib/data/cycles";
import { cycleCreateSchema } from "@/lib/validation/cycles";

const num = (v: string | string[] | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined);
const routes = collection({
  policy: "cycle",
  list: listCycles,
  body: cycleCreateSchema,
  create: createCycle,
  filters: (q) => ({ stateId: num(q.stateId), bodyId: num(q.bodyId) }),
});
export const GET = routes.GET;
export const POST = routes.POST;
