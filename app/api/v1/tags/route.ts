import { TAG_KINDS } from "@/db/schema/enums";
import { collection } from "@/lib/api/resources";
import { createTag, listTags } from "@/lib/data/tags";

const routes = collection({
  list: listTags,
  create: createTag,
  createRole: "admin",
  filters: (q) => ({
    kind: typeof q.kind === "string" && (TAG_KINDS as readonly string[]).includes(q.kind) ? q.kind : undefined,
  }),
});
export const GET = routes.GET;
export const POST = routes.POST;
