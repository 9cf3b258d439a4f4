/**
 * "Outstanding" — the README's vocabulary, defined once for pages, the API,
 * exports, the PDF report, the dashboard and search:
 *
 * A recommendation is outstanding when its current status (the latest
 * assessment) is not implemented, partially implemented or regressed; or when
 * it has no assessment yet but a later recommendation of a UN body reiterates
 * it — the body's own finding that it was not implemented.
 *
 * Only an outstanding recommendation is "outstanding since YEAR" (the earliest
 * year in its reiteration chain) or "N years without implementation".
 * Anything else is described by what is known: "not assessed yet", "no information".
 */
import { sql, type SQL } from "drizzle-orm";
import type { Status } from "../../db/schema/enums";

export const OUTSTANDING_STATUSES = [
  "not_implemented",
  "partially_implemented",
  "regressed",
] as const satisfies readonly Status[];

export type OutstandingFacts = {
  status: Status | null;
  /** A later recommendation reiterates this one (a live reiteration link). */
  reiteratedLater: boolean | number;
};

export function isOutstanding(r: OutstandingFacts): boolean {
  if (r.status === null) return !!r.reiteratedLater;
  return (OUTSTANDING_STATUSES as readonly Status[]).includes(r.status);
}

/** The first year of the chain, when the recommendation is outstanding; else null. */
export function outstandingSince(r: OutstandingFacts & { chainStartYear: number | null }): number | null {
  return isOutstanding(r) ? r.chainStartYear : null;
}

/** "N years without implementation", counted to `year`; null when not outstanding (never below 0). */
export function yearsOutstanding(r: OutstandingFacts & { chainStartYear: number | null }, year: number): number | null {
  const since = outstandingSince(r);
  return since === null ? null : Math.max(0, year - since);
}

/**
 * The same rule as SQL over a `recommendations` row aliased `alias`, written
 * with literal values (no bound parameters) so that SQLite can match it to the
 * partial indexes whose WHERE repeats it (db/migrations, "outstanding"): a
 * partial index is used only when the query's WHERE contains its terms as written.
 */
export function outstandingSqlText(alias = "r", opts: { indexed?: boolean } = {}): string {
  // A unary + keeps SQLite off the column's own index (for a narrow filter whose index finds fewer rows).
  const col = (name: string) => `${opts.indexed === false ? "+" : ""}${alias ? `${alias}.` : ""}${name}`;
  const statuses = OUTSTANDING_STATUSES.map((s) => `'${s}'`).join(", ");
  return `(${col("status")} IN (${statuses}) OR (${col("status")} IS NULL AND ${col("reiterated_later")} = 1))`;
}

export function outstandingSql(alias = "r", opts: { indexed?: boolean } = {}): SQL {
  return sql.raw(outstandingSqlText(alias, opts));
}

/**
 * "Median years outstanding", the one definition the dashboard, the state
 * page and the report print: the median of yearsOutstanding() over the
 * outstanding recommendations, given as counts per number of years (as SQL
 * groups them) in ascending order. A chain that starts after the reference
 * year counts as 0 years. Null when nothing is outstanding.
 */
export function medianYearsOutstanding(counts: readonly { years: number; n: number }[]): number | null {
  const total = counts.reduce((a, r) => a + r.n, 0);
  if (total === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const r of counts) {
      seen += r.n;
      if (index < seen) return Math.max(0, r.years);
    }
    return Math.max(0, counts[counts.length - 1].years);
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** Years outstanding of single recommendations (null: not outstanding) as the counts medianYearsOutstanding() takes. */
export function yearsCounts(years: readonly (number | null)[]): { years: number; n: number }[] {
  const counts = new Map<number, number>();
  for (const y of years) if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([y, n]) => ({ years: y, n }));
}
