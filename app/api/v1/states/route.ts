import { collection } from "@/lib/api/resources";
import { createState, listStates } from "@/lib/data/states";
import { stateCreateSchema } from "@/lib/validation/states";

const routes = collection({
  policy: "state",
  list: listStates,
  body: stateCreateSchema,
  create: createState,
});
export const GET = routes.GET;
export const POST = routes.POST;
