import { handler, ok, queryObject } from "@/lib/api/handler";
import { suggestTags } from "@/lib/data/tag-suggestions";
import { parseInput } from "@/lib/validation/common";
import { tagSuggestionQuery } from "@/lib/validation/suggestions";

/** GET ?kind=theme|affected_persons|sdg&text=…: tags for a text, best first, learned from the tagged recommendations. */
export const GET = handler({ access: ["suggestion", "read"] }, ({ db, url }) => {
  const q = parseInput(tagSuggestionQuery, queryObject(url));
  return ok(suggestTags(db, q.kind, q.text, { limit: q.limit }));
});
