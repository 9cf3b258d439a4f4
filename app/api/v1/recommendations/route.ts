import { handler, list } from "@/lib/api/handler";
import { createRecommendation } from "@/lib/data/recommendations-write";
import { searchRecommendations } from "@/lib/data/search";
import { parseFilters } from "@/lib/search/filters";

/**
 * GET: the same search as the /recommendations page (?q=&state=KAZ&body=CCPR&status=&cycle=&from=&to=&theme=…&page=&per=),
 * answered as {"data":[…],"total":N}. POST: a new recommendation (201).
 */
export const GET = handler({ access: ["recommendation", "read"] }, ({ db, url }) => {
  const { rows, total } = searchRecommendations(db, parseFilters(url.searchParams));
  return list(rows, total);
});

export const POST = handler({ access: ["recommendation", "create"], body: true }, ({ db, actor, body }) =>
  Response.json({ data: createRecommendation(db, actor, body) }, { status: 201 }),
);
