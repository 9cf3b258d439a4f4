import { collection } from "@/lib/api/resources";
import { createCycleEvent, listCycleEvents } from "@/lib/data/cycle-events";
import { cycleEventCreateSchema } from "@/lib/validation/cycle-events";

const num = (v: string | string[] | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined);
const routes = collection({
  policy: "cycleEvent",
  list: listCycleEvents,
  body: cycleEventCreateSchema,
  create: createCycleEvent,
  filters: (q) => ({ cycleId: num(q.cycleId) }),
});
export const GET = routes.GET;
export const POST = routes.POST;
