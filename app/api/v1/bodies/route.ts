import { collection } from "@/lib/api/resources";
import { createBody, listBodies } from "@/lib/data/bodies";

const routes = collection({
  list: listBodies,
  create: createBody,
  createRole: "editor",
});
export const GET = routes.GET;
export const POST = routes.POST;
