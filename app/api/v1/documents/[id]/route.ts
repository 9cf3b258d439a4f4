import { item } from "@/lib/api/resources";
import { getDocument, updateDocument } from "@/lib/data/documents";

const routes = item({ policy: "document", label: "document", get: getDocument, update: updateDocument });
export const GET = routes.GET;
export const PATCH = routes.PATCH;
