import { item } from "@/lib/api/resources";
import { getDocument, updateDocument } from "@/lib/data/documents";
import { documentUpdateSchema } from "@/lib/validation/documents";

const routes = item({
  policy: "document",
  label: "document",
  get: getDocument,
  body: documentUpdateSchema,
  update: updateDocument,
});
export const GET = routes.GET;
export const PATCH = routes.PATCH;
