import { item } from "@/lib/api/resources";
import { getCycleEvent, updateCycleEvent } from "@/lib/data/cycle-events";

const routes = item({ entity: "cycle event", get: getCycleEvent, update: updateCycleEvent, updateRole: "editor" });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
