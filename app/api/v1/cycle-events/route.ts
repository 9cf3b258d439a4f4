import { collection } from "@/lib/api/resources";
import { createCycleEvent, listCycleEvents } from "@/lib/data/cycle-events";

const num = (v: string | string[] | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined);
const routes = collection({
  policy: "cycleEvent",
  list: listCycleEvents,
  create: createCycleEvent,
  filters: (q) => ({ cycleId: num(q.cycleId) }),
});
export const GET = routes.GET;
export const POST = routes.POST;
