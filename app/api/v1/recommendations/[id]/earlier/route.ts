import { handler, idParam, list } from "@/lib/api/handler";
import { getRecommendationDTO } from "@/lib/data/recommendations-write";
import { EARLIER_LIMIT, searchEarlierRecommendations } from "@/lib/data/recommendation-options";
import { NotFoundError } from "@/lib/errors";

/**
 * GET ?q=: what the "earlier recommendation" picker offers as the editor types
 * (lib/data/recommendation-options.ts says which and in what order).
 */
export const GET = handler<{ id: string }>({ access: ["recommendation", "read"] }, ({ db, params, url }) => {
  const id = idParam(params.id, "recommendation");
  if (!getRecommendationDTO(db, id)) throw new NotFoundError("recommendation", id);
  const limit = Number(url.searchParams.get("limit") ?? EARLIER_LIMIT);
  const rows = searchEarlierRecommendations(
    db,
    id,
    url.searchParams.get("q")?.slice(0, 200),
    Number.isInteger(limit) ? limit : EARLIER_LIMIT,
  );
  return list(rows, rows.length);
});
