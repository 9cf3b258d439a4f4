import { item } from "@/lib/api/resources";
import { getState, updateState } from "@/lib/data/states";

const routes = item({ entity: "state", get: getState, update: updateState, updateRole: "editor" });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
