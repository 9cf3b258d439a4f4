import { item } from "@/lib/api/resources";
import { getTag, updateTag } from "@/lib/data/tags";

const routes = item({ entity: "tag", get: getTag, update: updateTag, updateRole: "admin" });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
