/**
 * MATCH expressions for the similarity index (migration 0010). Stems are
 * letters and digits only (lib/suggestions/lexical.ts), quoted anyway so no
 * stem can ever read as FTS5 syntax (a stem "and", "or", "not", "near").
 */
const quote = (stem: string) => `"${stem.replace(/"/g, '""')}"`;

/** Any of the stems, in the `terms` column. */
export function anyTerm(stems: readonly string[]): string {
  return `terms : (${stems.map(quote).join(" OR ")})`;
}

/** Any of the stems, among one state's recommendations. */
export function anyTermInState(stateId: number, stems: readonly string[]): string {
  return `state : ${quote(`s${stateId}`)} AND ${anyTerm(stems)}`;
}
