import { item } from "@/lib/api/resources";
import { getTag, updateTag } from "@/lib/data/tags";
import { tagUpdateSchema } from "@/lib/validation/tags";

const routes = item({ policy: "tag", label: "tag", get: getTag, body: tagUpdateSchema, update: updateTag });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
