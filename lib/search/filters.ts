/**
 * The search filters of /recommendations, the API and the dashboard, as one
 * object parsed from the URL and serialised back. Pure: no database here.
 *
 * Forgiving on purpose: a value that does not validate is dropped on its own
 * (a pasted, hand-edited or stale link still shows a page), never an error.
 * Serialising is canonical — fixed key order, values sorted and de-duplicated,
 * defaults left out — so two links to the same view are the same string.
 */
import { z } from "zod";
import { GRADE_LETTERS, STANCES, STATUSES } from "../../db/schema/enums";
import { cleanText } from "../text/clean";

export const STATUS_FILTERS = [...STATUSES, "none"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const STANCE_FILTERS = [...STANCES, "none"] as const;
export type StanceFilter = (typeof STANCE_FILTERS)[number];
export const GRADE_FILTERS = [...GRADE_LETTERS, "none"] as const;
export type GradeFilter = (typeof GRADE_FILTERS)[number];
export const SORTS = ["relevance", "date", "symbol", "outstanding"] as const;
export type SortKey = (typeof SORTS)[number];
export const DIRECTIONS = ["asc", "desc"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DEFAULT_PER = 25;
export const MAX_PER = 100;
export const MAX_PAGE = 100_000;
export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;
/** More values than this in one facet is not a human's link; the rest are ignored. */
const MAX_VALUES = 50;

const year = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);
const stateCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/);
// Body codes as UHRI writes them: CCPR, CRC-OP-AC, SR…
const bodyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9-]{0,19}$/);
const ordinal = z.coerce.number().int().min(1).max(99);
const tagName = z.string().overwrite(cleanText).trim().min(1).max(200);
const recordId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const on = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => ["1", "true", "on", "yes"].includes(v));

/** Every value for a key that validates; codes may also come comma-separated (?state=KAZ,KGZ). */
function many<T extends string | number>(item: z.ZodType<T>, { commas = true } = {}) {
  return z
    .array(z.string())
    .default([])
    .transform((raw) => {
      const parts = commas ? raw.flatMap((v) => v.split(",")) : raw;
      const kept = new Set<T>();
      for (const p of parts) {
        const r = item.safeParse(p);
        if (r.success && kept.size < MAX_VALUES) kept.add(r.data);
      }
      return [...kept].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    });
}

/** The last value for a key if it validates, else undefined. */
function one<T>(item: z.ZodType<T>) {
  return z
    .array(z.string())
    .default([])
    .transform((raw) => {
      const last = raw.at(-1);
      if (last === undefined) return undefined;
      const r = item.safeParse(last);
      return r.success ? r.data : undefined;
    });
}

const rawSchema = z.object({
  // Not capped here: a query past MAX_QUERY_CHARS is refused where it is searched (lib/search/fts-query.ts),
  // so a page or an export never quietly shows everything instead.
  q: one(
    z
      .string()
      .overwrite(cleanText)
      .trim()
      .transform((v) => v || undefined),
  ),
  state: many(stateCode),
  body: many(bodyCode),
  cycle: many(ordinal),
  from: one(year),
  to: one(year),
  status: many(z.enum(STATUS_FILTERS)),
  stance: many(z.enum(STANCE_FILTERS)),
  // Letters as written in either case; "none" = not graded.
  grade: many(
    z
      .string()
      .trim()
      .transform((v) => (v.toLowerCase() === "none" ? "none" : v.toUpperCase()))
      .pipe(z.enum(GRADE_FILTERS)),
  ),
  // Tag names may contain commas ("Freedom of thought, conscience and religion").
  theme: many(tagName, { commas: false }),
  affected: many(tagName, { commas: false }),
  sdg: many(tagName, { commas: false }),
  // Responsible institution of a (not archived) action on the recommendation, by id.
  institution: many(recordId),
  reiterated: one(on),
  overdue: one(on),
  noresponse: one(on),
  outstanding: one(on),
  archived: one(on),
  sort: one(z.enum(SORTS)),
  dir: one(z.enum(DIRECTIONS)),
  page: one(z.coerce.number().int().min(1).max(MAX_PAGE)),
  // Too large a page is clamped rather than dropped: the user asked for "many".
  per: one(
    z.coerce
      .number()
      .int()
      .min(1)
      .transform((n) => Math.min(n, MAX_PER)),
  ),
});

/** The parsed, normalised filters. Arrays are sorted and unique; flags are plain booleans. */
export type SearchFilters = {
  q?: string;
  state: string[];
  body: string[];
  cycle: number[];
  from?: number;
  to?: number;
  status: StatusFilter[];
  stance: StanceFilter[];
  grade: GradeFilter[];
  theme: string[];
  affected: string[];
  sdg: string[];
  institution: number[];
  reiterated: boolean;
  overdue: boolean;
  noresponse: boolean;
  /** Only outstanding recommendations (lib/domain/outstanding.ts). */
  outstanding: boolean;
  /**
   * Only archived recommendations instead of the live ones (editors and admins:
   * the access policy's "archive" row; the page and the API check it).
   */
  archived: boolean;
  /**
   * Only recommendations to published states (the public portal, /public). Set by the
   * server, never read from or written to a URL, so no link can widen a public view.
   */
  publishedOnly?: boolean;
  /** As asked; see effectiveSort for what is applied when it is left out. */
  sort?: SortKey;
  dir?: Direction;
  page: number;
  per: number;
};

/** URL order of the keys: the order links are written in. */
export const FILTER_KEYS = [
  "q",
  "state",
  "body",
  "cycle",
  "from",
  "to",
  "status",
  "stance",
  "grade",
  "theme",
  "affected",
  "sdg",
  "institution",
  "reiterated",
  "overdue",
  "noresponse",
  "outstanding",
  "archived",
  "sort",
  "dir",
  "page",
  "per",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Facets that hold several values (OR within the facet). */
export const MULTI_FACETS = [
  "state",
  "body",
  "cycle",
  "status",
  "stance",
  "grade",
  "theme",
  "affected",
  "sdg",
  "institution",
] as const;
export type MultiFacet = (typeof MULTI_FACETS)[number];
export const FLAG_FACETS = ["reiterated", "overdue", "noresponse", "outstanding"] as const;
export type FlagFacet = (typeof FLAG_FACETS)[number];

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function toLists(params: RawParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const key of FILTER_KEYS) {
      const v = params.getAll(key);
      if (v.length) out[key] = v;
    }
    return out;
  }
  for (const key of FILTER_KEYS) {
    const v = params[key];
    if (v === undefined) continue;
    out[key] = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
  }
  return out;
}

/**
 * URL query (URLSearchParams, or Next's `searchParams` record) → filters.
 * Never throws: what does not validate is left out.
 */
export function parseFilters(params: RawParams): SearchFilters {
  const r = rawSchema.parse(toLists(params));
  let { from, to } = r;
  // A reversed range is a slip, not a wish for nothing.
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return {
    q: r.q,
    state: r.state,
    body: r.body,
    cycle: r.cycle,
    from,
    to,
    status: r.status,
    stance: r.stance,
    grade: r.grade,
    theme: r.theme,
    affected: r.affected,
    sdg: r.sdg,
    institution: r.institution,
    reiterated: r.reiterated ?? false,
    overdue: r.overdue ?? false,
    noresponse: r.noresponse ?? false,
    outstanding: r.outstanding ?? false,
    archived: r.archived ?? false,
    sort: r.sort,
    dir: r.dir,
    page: r.page ?? 1,
    per: r.per ?? DEFAULT_PER,
  };
}

/**
 * The public portal's filters from its URL: published states only, never archived rows, and no
 * responsible institution — actions and who carries them out are the organisation's own work
 * plan, so a public view can neither show them nor be narrowed by them.
 */
export function publicFilters(params: RawParams): SearchFilters {
  return { ...parseFilters(params), institution: [], archived: false, publishedOnly: true };
}

/** Filters with nothing chosen: the first page of everything. */
export function emptyFilters(): SearchFilters {
  return parseFilters({});
}

/** Filters → canonical query string parameters (defaults omitted). */
export function filtersToSearchParams(f: Partial<SearchFilters>): URLSearchParams {
  const n = parseFilters(toRecord(f));
  const out = new URLSearchParams();
  if (n.q) out.append("q", n.q);
  for (const key of ["state", "body", "cycle"] as const) for (const v of n[key]) out.append(key, String(v));
  if (n.from !== undefined) out.append("from", String(n.from));
  if (n.to !== undefined) out.append("to", String(n.to));
  for (const key of ["status", "stance", "grade", "theme", "affected", "sdg"] as const)
    for (const v of n[key]) out.append(key, v);
  for (const v of n.institution) out.append("institution", String(v));
  for (const key of FLAG_FACETS) if (n[key]) out.append(key, "1");
  if (n.archived) out.append("archived", "1");
  if (n.sort) out.append("sort", n.sort);
  if (n.dir) out.append("dir", n.dir);
  if (n.page !== 1) out.append("page", String(n.page));
  if (n.per !== DEFAULT_PER) out.append("per", String(n.per));
  return out;
}

/** `?…` for a link ("" when nothing is chosen), typed so a route followed by it is still a `Route`. */
export function filtersToQueryString(f: Partial<SearchFilters>): "" | `?${string}` {
  const s = filtersToSearchParams(f).toString();
  return s ? `?${s}` : "";
}

function toRecord(f: Partial<SearchFilters>): Record<string, string | string[] | undefined> {
  const rec: Record<string, string | string[] | undefined> = {};
  for (const key of FILTER_KEYS) {
    const v = f[key];
    if (v === undefined || v === false) continue;
    rec[key] = Array.isArray(v) ? v.map(String) : v === true ? "1" : String(v);
  }
  return rec;
}

/** The sort applied: relevance needs a query, so without one the newest come first. */
export function effectiveSort(f: Pick<SearchFilters, "q" | "sort" | "dir">): { sort: SortKey; dir: Direction } {
  const sort: SortKey = f.sort === "relevance" || !f.sort ? (f.q ? "relevance" : "date") : f.sort;
  const natural: Direction = sort === "symbol" ? "asc" : "desc";
  // Relevance has one direction: best first.
  return { sort, dir: sort === "relevance" ? "desc" : (f.dir ?? natural) };
}

/** A copy with one facet value added or removed; any change of filters goes back to page 1. */
export function toggleFacetValue<K extends MultiFacet>(
  f: SearchFilters,
  key: K,
  value: SearchFilters[K][number],
): SearchFilters {
  const current = f[key] as (string | number)[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...f, [key]: next, page: 1 };
}

/** How many filters narrow the result (the query counts as one); 0 means "everything". */
export function activeFilterCount(f: SearchFilters): number {
  let n = f.q ? 1 : 0;
  for (const key of MULTI_FACETS) if (f[key].length) n++;
  if (f.from !== undefined || f.to !== undefined) n++;
  for (const key of FLAG_FACETS) if (f[key]) n++;
  return n;
}
