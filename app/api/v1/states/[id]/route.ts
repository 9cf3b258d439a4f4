import { item } from "@/lib/api/resources";
import { getState, updateState } from "@/lib/data/states";
import { stateUpdateSchema } from "@/lib/validation/states";

const routes = item({ policy: "state", label: "state", get: getState, body: stateUpdateSchema, update: updateState });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
