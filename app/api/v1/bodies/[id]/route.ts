import { item } from "@/lib/api/resources";
import { getBody, updateBody } from "@/lib/data/bodies";
import { bodyUpdateSchema } from "@/lib/validation/bodies";

const routes = item({ policy: "body", label: "body", get: getBody, body: bodyUpdateSchema, update: updateBody });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
