import { collection } from "@/lib/api/resources";
import { createBody, listBodies } from "@/lib/data/bodies";

const routes = collection({
  policy: "body",
  list: listBodies,
  create: createBody,
});
export const GET = routes.GET;
export const POST = routes.POST;
