/**
 * The states that made a UPR recommendation, as one SQL column (a JSON array,
 * alphabetical) for list queries, and its reading back. Pure SQL text, so the
 * search SQL (lib/search/sql.ts) and the exports can share it.
 */
export function recommendingStatesJsonSql(alias = "r"): string {
  return `(SELECT json_group_array(name) FROM (SELECT rs.name AS name FROM recommending_states rs
    WHERE rs.recommendation_id = ${alias}.id ORDER BY rs.name))`;
}

export function parseRecommendingStates(json: string | null | undefined): string[] {
  if (!json) return [];
  const names: unknown = JSON.parse(json);
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === "string") : [];
}
