/**
 * How the similarity index (migration 0010) is filled in bulk, outside its
 * triggers: the same columns its insert trigger writes. Bulk loaders append
 * `WHERE id > ?` (only the new rows) or run it whole on an emptied index.
 */
export const SIMILARITY_FILL = `INSERT INTO recommendation_similarity (rowid, state, terms)
  SELECT id, 's' || state_id, lexical_terms(COALESCE(subject || ' ', '') || text) FROM recommendations`;
export const SIMILARITY_INSERT_TRIGGER = "recommendation_similarity_ai";
