import { collection } from "@/lib/api/resources";
import { createBody, listBodies } from "@/lib/data/bodies";
import { bodyCreateSchema } from "@/lib/validation/bodies";

const routes = collection({
  policy: "body",
  list: listBodies,
  body: bodyCreateSchema,
  create: createBody,
});
export const GET = routes.GET;
export const POST = routes.POST;
