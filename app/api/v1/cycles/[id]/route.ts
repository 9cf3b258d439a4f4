import { item } from "@/lib/api/resources";
import { getCycle, updateCycle } from "@/lib/data/cycles";

const routes = item({ entity: "review cycle", get: getCycle, update: updateCycle, updateRole: "editor" });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
