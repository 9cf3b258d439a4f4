import { item } from "@/lib/api/resources";
import { getCycleEvent, updateCycleEvent } from "@/lib/data/cycle-events";
import { cycleEventUpdateSchema } from "@/lib/validation/cycle-events";

const routes = item({
  policy: "cycleEvent",
  label: "cycle event",
  get: getCycleEvent,
  body: cycleEventUpdateSchema,
  update: updateCycleEvent,
});
export const GET = routes.GET;
export const PATCH = routes.PATCH;
