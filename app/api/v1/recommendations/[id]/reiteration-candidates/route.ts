import { handler, idParam, ok, queryObject } from "@/lib/api/handler";
import { reiterationCandidates } from "@/lib/data/reiteration-candidates";
import { parseInput } from "@/lib/validation/common";
import { candidateQuery } from "@/lib/validation/suggestions";

/**
 * GET: the earlier recommendations this one most likely repeats, best first (at most 10), each with
 * its reason. Reading them is as harmless as reading the recommendations themselves: any signed-in role.
 */
export const GET = handler<{ id: string }>({ access: ["suggestion", "read"] }, ({ db, params, url }) => {
  const { limit } = parseInput(candidateQuery, queryObject(url));
  return ok(reiterationCandidates(db, idParam(params.id, "recommendation"), { limit }));
});
