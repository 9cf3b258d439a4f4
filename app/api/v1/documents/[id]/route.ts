import { item } from "@/lib/api/resources";
import { getDocument, updateDocument } from "@/lib/data/documents";

const routes = item({ entity: "document", get: getDocument, update: updateDocument, updateRole: "editor" });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
