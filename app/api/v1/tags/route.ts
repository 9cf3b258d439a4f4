import { TAG_KINDS } from "@/lib/domain/enums";
import { collection } from "@/lib/api/resources";
import { createTag, listTags } from "@/lib/data/tags";
import { tagCreateSchema } from "@/lib/validation/tags";

const routes = collection({
  policy: "tag",
  list: listTags,
  body: tagCreateSchema,
  create: createTag,
  filters: (q) => ({
    kind: typeof q.kind === "string" && (TAG_KINDS as readonly string[]).includes(q.kind) ? q.kind : undefined,
  }),
});
export const GET = routes.GET;
export const POST = routes.POST;
