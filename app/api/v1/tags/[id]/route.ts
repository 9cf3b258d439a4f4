import { item } from "@/lib/api/resources";
import { getTag, updateTag } from "@/lib/data/tags";

const routes = item({ policy: "tag", label: "tag", get: getTag, update: updateTag });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
