import { collection } from "@/lib/api/resources";
import { createState, listStates } from "@/lib/data/states";

const routes = collection({
  list: listStates,
  create: createState,
  createRole: "editor",
});
export const GET = routes.GET;
export const POST = routes.POST;
