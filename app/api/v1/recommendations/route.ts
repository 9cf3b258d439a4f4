import { handler, list } from "@/lib/api/handler";
import { createRecommendation } from "@/lib/data/recommendations-write";
import { assertListScope, searchRecommendations } from "@/lib/data/search";
import { parseFilters } from "@/lib/search/filters";
import { parseInput } from "@/lib/validation/common";
import { recommendationCreateSchema } from "@/lib/validation/recommendations";

/**
 * GET: the same search as the /recommendations page (?q=&state=KAZ&body=CCPR&status=&cycle=&from=&to=&theme=…&archived=&page=&per=),
 * answered as {"data":[…],"total":N}. POST: a new recommendation (201).
 */
export const GET = handler({ access: ["recommendation", "read"] }, ({ db, actor, url }) => {
  const filters = parseFilters(url.searchParams);
  // ?archived=1 (only archived recommendations): editors and admins; a viewer gets 403.
  assertListScope(actor, filters);
  const { rows, total } = searchRecommendations(db, filters);
  return list(rows, total);
});

export const POST = handler({ access: ["recommendation", "create"], body: true }, ({ db, actor, body }) =>
  Response.json(
    { data: createRecommendation(db, actor, parseInput(recommendationCreateSchema, body)) },
    { status: 201 },
  ),
);
