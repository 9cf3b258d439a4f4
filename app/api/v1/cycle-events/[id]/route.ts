import { item } from "@/lib/api/resources";
import { getCycleEvent, updateCycleEvent } from "@/lib/data/cycle-events";

const routes = item({ policy: "cycleEvent", label: "cycle event", get: getCycleEvent, update: updateCycleEvent });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
