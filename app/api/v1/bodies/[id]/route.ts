import { item } from "@/lib/api/resources";
import { getBody, updateBody } from "@/lib/data/bodies";

const routes = item({ policy: "body", label: "body", get: getBody, update: updateBody });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
