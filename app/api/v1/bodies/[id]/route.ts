import { item } from "@/lib/api/resources";
import { getBody, updateBody } from "@/lib/data/bodies";

const routes = item({ entity: "body", get: getBody, update: updateBody, updateRole: "editor" });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
