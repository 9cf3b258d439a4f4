import { collection } from "@/lib/api/resources";
import { createState, listStates } from "@/lib/data/states";

const routes = collection({
  policy: "state",
  list: listStates,
  create: createState,
});
export const GET = routes.GET;
export const POST = routes.POST;
