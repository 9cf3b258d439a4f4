import "server-only";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import type { SQL } from "drizzle-orm";
import { schema, type DB } from "../../db";
import type { Status } from "../../db/schema/enums";
import type { ActionStatus, InstitutionKind } from "../../db/schema/enums";
import type { ExportAction, ExportRow, RecommendationRef } from "../export/types";
import { ACTION_STATUS_LABELS, INSTITUTION_KIND_LABELS } from "../labels";
import { filtersToQueryString, type SearchFilters } from "../search/filters";
import { searching } from "../search/fts-query";
import { buildSearchQueries } from "../search/sql";
import { clockAt, type Clock } from "../domain/clock";
import { outstandingSince } from "../domain/outstanding";
import { t } from "../i18n/messages";
import { TooManyRequestsError } from "../errors";
import { vmsg } from "../validation/messages";

/**
 * The rows of the recommendations export: exactly the rows of the
 * /recommendations view for the same filters, in the same order, but every
 * page of them. The list's own id query (lib/search/sql.ts) is run without a
 * page limit and walked with better-sqlite3's statement.iterate(); details
 * are fetched for a few hundred ids at a time, so 300,000 rows stream through
 * a bounded amount of memory.
 *
 * Why a separate read-only connection (openExportReader): while an iterate()
 * cursor is open, better-sqlite3 refuses every write on that connection
 * ("This database connection is busy executing a query"). A download that
 * takes seconds must not make other users' edits fail on the shared handle,
 * so the route streams from its own connection. One BEGIN on it also gives
 * the count, the audit entry and the rows the same snapshot (WAL readers
 * never block writers).
 */

/** Ids whose details are fetched together. */
const CHUNK = 400;
const dialect = new SQLiteSyncDialect();

type Client = Database.Database;
export type ExportOptions = {
  now?: Date;
  /** Origin for the "Link" column, e.g. https://tracker.example.org */ baseUrl?: string;
  /**
   * The public portal's export (lib/domain/published.ts): links to public pages, and none of
   * the NGO's own work plan (actions, focal points). The rows themselves are narrowed by the
   * filters' `publishedOnly`.
   */
  publicScope?: boolean;
};

/** Open export readers per user (each holds a snapshot, a file handle and memory); more wait for one to finish. */
export const MAX_OPEN_EXPORTS_PER_USER = 3;
const globalForExports = globalThis as unknown as { __trackerOpenExports?: Map<string, number> };
const openExports = (globalForExports.__trackerOpenExports ??= new Map<string, number>());

/**
 * A read-only handle on the same database file, inside one read transaction; close it when done.
 * With `owner`, at most MAX_OPEN_EXPORTS_PER_USER are open for that owner at once: the next is a 429.
 */
export function openExportReader(file: string, owner?: string): { db: DB; close: () => void } {
  if (owner !== undefined) {
    const open = openExports.get(owner) ?? 0;
    if (open >= MAX_OPEN_EXPORTS_PER_USER)
      throw new TooManyRequestsError(vmsg("export.tooMany", { max: MAX_OPEN_EXPORTS_PER_USER }), 10);
    openExports.set(owner, open + 1);
  }
  let client: Client;
  try {
    client = new Database(file, { readonly: true, fileMustExist: true });
    client.pragma("busy_timeout = 5000");
    client.exec("BEGIN");
  } catch (error) {
    release(owner);
    throw error;
  }
  const db: DB = drizzle(client, { schema });
  let open = true;
  return {
    db,
    close: () => {
      if (!open) return;
      open = false;
      client.close();
      release(owner);
    },
  };
}

function release(owner: string | undefined) {
  if (owner === undefined) return;
  const left = (openExports.get(owner) ?? 1) - 1;
  if (left > 0) openExports.set(owner, left);
  else openExports.delete(owner);
}

function prepare(client: Client, q: SQL) {
  const { sql, params } = dialect.sqlToQuery(q);
  return { stmt: client.prepare(sql), params: params };
}

/** The filters as they decide which rows and in what order: every page, no page size. */
function allPages(filters: SearchFilters): SearchFilters {
  return { ...filters, page: 1, per: Number.MAX_SAFE_INTEGER };
}

/** The canonical query string of what was exported (page and page size do not change the rows). */
export function exportQueryString(filters: SearchFilters): string {
  return filtersToQueryString({ ...filters, page: 1, per: undefined }).replace(/^\?/, "");
}

/** How many rows an export of these filters has (the list's own count query). */
export function countExportRows(db: DB, filters: SearchFilters, opts: ExportOptions = {}): number {
  return searching(() => {
    const { count } = buildSearchQueries(allPages(filters), clockAt(opts.now));
    return db.get<{ n: number }>(count).n;
  });
}

/** The ids of the list view, in its order, one at a time. */
export function* orderedIds(db: DB, filters: SearchFilters, ctx: Clock): Generator<number> {
  const { page } = buildSearchQueries(allPages(filters), ctx);
  const { stmt, params } = prepare(db.$client, page);
  for (const row of stmt.pluck().iterate(...params) as IterableIterator<number>) yield row;
}

type DetailRow = {
  id: number;
  symbol: string | null;
  paragraph: string | null;
  subject: string | null;
  bodyCode: string;
  stateCode: string;
  stateName: string;
  ordinal: number;
  uprSession: number | null;
  date: string | null;
  text: string;
  status: Status | null;
  statusDate: string | null;
  latestStance: ExportRow["latestStance"];
  stanceDate: string | null;
  stanceQuote: string | null;
  latestGrade: ExportRow["latestGrade"];
  gradeAsWritten: string | null;
  gradeDate: string | null;
  chainStartYear: number | null;
  reiteratedLater: number;
  uprPosition: ExportRow["uprPosition"];
  uprPositionRaw: string | null;
  uprActionCategory: number | null;
};

const DETAIL_SQL = `
  SELECT r.id, d.symbol, r.paragraph, r.subject, b.code AS bodyCode, s.code AS stateCode, s.name AS stateName,
    c.ordinal, c.upr_session AS uprSession, COALESCE(d.date, c.adoption_date, c.session_date, c.report_date) AS date,
    r.text, r.status, r.status_date AS statusDate, r.latest_stance AS latestStance, r.latest_stance_date AS stanceDate,
    (SELECT x.quote FROM state_responses x WHERE x.recommendation_id = r.id AND x.archived_at IS NULL
      ORDER BY x.date DESC, x.id DESC LIMIT 1) AS stanceQuote,
    r.latest_grade AS latestGrade,
    g.grade_as_written AS gradeAsWritten, g.date AS gradeDate,
    r.chain_start_year AS chainStartYear, r.reiterated_later AS reiteratedLater,
    r.upr_position AS uprPosition, r.upr_position_raw AS uprPositionRaw, r.upr_action_category AS uprActionCategory
  FROM json_each(?) j
  JOIN recommendations r ON r.id = j.value
  JOIN states s ON s.id = r.state_id
  JOIN bodies b ON b.id = r.body_id
  JOIN review_cycles c ON c.id = r.cycle_id
  LEFT JOIN documents d ON d.id = r.document_id
  -- The latest grade, found once for both of its columns.
  LEFT JOIN follow_up_grades g ON g.id = (SELECT x.id FROM follow_up_grades x WHERE x.recommendation_id = r.id
    AND x.archived_at IS NULL ORDER BY x.date DESC, x.id DESC LIMIT 1)
  ORDER BY j.key`;

const TAGS_SQL = `
  SELECT rt.recommendation_id AS id, t.kind, t.name FROM recommendation_tags rt JOIN tags t ON t.id = rt.tag_id
  WHERE rt.recommendation_id IN (SELECT value FROM json_each(?)) AND t.archived_at IS NULL
  ORDER BY t.name`;

// UPR recommending states of a chunk, in the order the source named them (the import inserts them so).
const STATES_SQL = `
  SELECT recommendation_id AS id, name FROM recommending_states
  WHERE recommendation_id IN (SELECT value FROM json_each(?))
  ORDER BY recommendation_id, rowid`;

// Both directions of the reiteration links of a chunk, each with the other end's symbol, paragraph and date.
const LINKS_SQL = `
  WITH ids(id) AS (SELECT value FROM json_each(?))
  SELECT x.recommendation_id AS id, 0 AS later, d.symbol, o.paragraph, COALESCE(d.date, c.adoption_date) AS date, o.year,
    c.upr_session AS uprSession, o.id AS otherId
    FROM reiterations x JOIN recommendations o ON o.id = x.earlier_id JOIN review_cycles c ON c.id = o.cycle_id
      LEFT JOIN documents d ON d.id = o.document_id
    WHERE x.recommendation_id IN (SELECT id FROM ids) AND x.archived_at IS NULL
  UNION ALL
  SELECT x.earlier_id, 1, d.symbol, o.paragraph, COALESCE(d.date, c.adoption_date), o.year, c.upr_session, o.id
    FROM reiterations x JOIN recommendations o ON o.id = x.recommendation_id JOIN review_cycles c ON c.id = o.cycle_id
      LEFT JOIN documents d ON d.id = o.document_id
    WHERE x.earlier_id IN (SELECT id FROM ids) AND x.archived_at IS NULL
  ORDER BY year, otherId`;

// The chunk's live actions with their institutions and latest progress note; actions are few, so this is cheap.
const ACTIONS_SQL = `
  SELECT a.recommendation_id AS id, a.id AS actionId, a.title, a.status, a.due_date AS dueDate,
    a.focal_point_name AS focalPointName, a.focal_point_contact AS focalPointContact,
    (SELECT json_group_array(json_array(i.name, i.kind)) FROM (SELECT i.name, i.kind FROM action_institutions ai
      JOIN institutions i ON i.id = ai.institution_id
      WHERE ai.action_id = a.id AND i.archived_at IS NULL ORDER BY i.name) i) AS institutions,
    p.note AS progressNote, p.date AS progressDate
  FROM actions a
  LEFT JOIN action_progress p ON p.id = (SELECT x.id FROM action_progress x WHERE x.action_id = a.id
    AND x.archived_at IS NULL ORDER BY x.date DESC, x.id DESC LIMIT 1)
  WHERE a.recommendation_id IN (SELECT value FROM json_each(?)) AND a.archived_at IS NULL
  ORDER BY a.due_date IS NULL, a.due_date, a.id`;

const prepared = new WeakMap<
  Client,
  {
    detail: Database.Statement;
    tags: Database.Statement;
    states: Database.Statement;
    links: Database.Statement;
    actions: Database.Statement;
  }
>();
function statements(client: Client) {
  let st = prepared.get(client);
  if (!st) {
    st = {
      detail: client.prepare(DETAIL_SQL),
      tags: client.prepare(TAGS_SQL),
      states: client.prepare(STATES_SQL),
      links: client.prepare(LINKS_SQL),
      actions: client.prepare(ACTIONS_SQL),
    };
    prepared.set(client, st);
  }
  return st;
}

// One label per UPR session, made once: t() for each of 300,000 rows showed in the export's profile.
const sessionLabels = new Map<number, string>();
function uprSessionLabel(session: number): string {
  let label = sessionLabels.get(session);
  if (label === undefined) sessionLabels.set(session, (label = t("cycle.uprSession", { session })));
  return label;
}

export type DetailedExportRow = ExportRow & { subject: string | null; recommendingStates: string[] };

/** Details of a chunk of ids, in the order given. */
export function detailRows(client: Client, ids: number[], opts: ExportOptions = {}): DetailedExportRow[] {
  const json = JSON.stringify(ids);
  const st = statements(client);
  const rows = st.detail.all(json) as DetailRow[];
  const tags = new Map<number, { theme: string[]; affected_persons: string[]; sdg: string[] }>();
  for (const tag of st.tags.all(json) as { id: number; kind: "theme" | "affected_persons" | "sdg"; name: string }[]) {
    const entry = tags.get(tag.id) ?? { theme: [], affected_persons: [], sdg: [] };
    entry[tag.kind].push(tag.name);
    tags.set(tag.id, entry);
  }
  const recommending = new Map<number, string[]>();
  for (const s of st.states.all(json) as { id: number; name: string }[]) {
    const names = recommending.get(s.id);
    if (names) names.push(s.name);
    else recommending.set(s.id, [s.name]);
  }
  const links = new Map<number, { reiterates: RecommendationRef[]; reiteratedBy: RecommendationRef[] }>();
  for (const l of st.links.all(json) as {
    id: number;
    later: number;
    symbol: string | null;
    paragraph: string | null;
    date: string | null;
    year: number | null;
    uprSession: number | null;
  }[]) {
    const entry = links.get(l.id) ?? { reiterates: [], reiteratedBy: [] };
    const { symbol, paragraph, date, year, uprSession } = l;
    entry[l.later ? "reiteratedBy" : "reiterates"].push({ symbol, paragraph, date, year, uprSession });
    links.set(l.id, entry);
  }
  const actions = opts.publicScope ? new Map<number, ExportAction[]>() : actionsOf(st.actions, json);
  const base = opts.baseUrl?.replace(/\/$/, "") ?? "";
  const page = opts.publicScope ? "/public/recommendations" : "/recommendations";
  return rows.map((r) => {
    const tg = tags.get(r.id);
    const ln = links.get(r.id);
    return {
      id: r.id,
      url: `${base}${page}/${r.id}`,
      symbol: r.symbol,
      paragraph: r.paragraph,
      subject: r.subject,
      bodyCode: r.bodyCode,
      stateCode: r.stateCode,
      stateName: r.stateName,
      cycle: r.uprSession ? uprSessionLabel(r.uprSession) : String(r.ordinal),
      date: r.date,
      text: r.text,
      themes: tg?.theme ?? [],
      affectedPersons: tg?.affected_persons ?? [],
      sdgs: tg?.sdg ?? [],
      currentStatus: r.status,
      statusDate: r.statusDate,
      latestStance: r.latestStance,
      stanceDate: r.stanceDate,
      stanceQuote: r.stanceQuote,
      latestGrade: r.latestGrade,
      latestGradeAsWritten: r.gradeAsWritten,
      gradeDate: r.gradeDate,
      reiterates: ln?.reiterates ?? [],
      reiteratedBy: ln?.reiteratedBy ?? [],
      outstandingSince: outstandingSince({
        status: r.status,
        reiteratedLater: r.reiteratedLater,
        chainStartYear: r.chainStartYear,
      }),
      responsibleInstitutions: [...new Set((actions.get(r.id) ?? []).flatMap((a) => a.institutions))],
      actions: actions.get(r.id) ?? [],
      uprPosition: r.uprPosition,
      uprPositionAsWritten: r.uprPositionRaw,
      recommendingStates: recommending.get(r.id) ?? [],
      uprActionCategory: r.uprActionCategory,
    };
  });
}

type ActionSqlRow = {
  id: number;
  title: string;
  status: ActionStatus;
  dueDate: string | null;
  focalPointName: string | null;
  focalPointContact: string | null;
  institutions: string;
  progressNote: string | null;
  progressDate: string | null;
};

function actionsOf(stmt: Database.Statement, json: string): Map<number, ExportAction[]> {
  const out = new Map<number, ExportAction[]>();
  for (const a of stmt.all(json) as ActionSqlRow[]) {
    const institutions = (JSON.parse(a.institutions) as [string, InstitutionKind][]).map(([name, kind]) =>
      t("institution.withKind", { name, kind: INSTITUTION_KIND_LABELS[kind] }),
    );
    const focalPoint =
      a.focalPointName && a.focalPointContact
        ? t("actions.focalPointWithContact", { name: a.focalPointName, contact: a.focalPointContact })
        : a.focalPointName;
    out.set(a.id, [
      ...(out.get(a.id) ?? []),
      {
        title: a.title,
        institutions,
        focalPoint,
        dueDate: a.dueDate,
        status: ACTION_STATUS_LABELS[a.status],
        latestProgress: a.progressNote,
        latestProgressDate: a.progressDate,
      },
    ]);
  }
  return out;
}

/**
 * Every row of the list view for `filters`, one at a time (lazy: nothing is
 * read until the consumer pulls). `onDone` runs exactly once: when the rows
 * are exhausted, on an error, or when the consumer stops early — a cancelled
 * download calls return(), even before the first row (a bare generator would
 * skip its `finally` then, and leak the reader).
 */
export function exportRows(
  db: DB,
  filters: SearchFilters,
  opts: ExportOptions = {},
  onDone?: () => void,
): IterableIterator<DetailedExportRow> {
  const inner = rowsInOrder(db, filters, opts);
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    onDone?.();
  };
  const iterator: IterableIterator<DetailedExportRow> = {
    next() {
      try {
        const step = inner.next();
        if (step.done) finish();
        return step;
      } catch (error) {
        finish();
        throw error;
      }
    },
    return(value?: unknown) {
      try {
        inner.return(undefined);
      } finally {
        finish();
      }
      return { done: true, value: value as DetailedExportRow };
    },
    [Symbol.iterator]() {
      return iterator;
    },
  };
  return iterator;
}

function* rowsInOrder(db: DB, filters: SearchFilters, opts: ExportOptions): Generator<DetailedExportRow> {
  const ctx = clockAt(opts.now);
  let chunk: number[] = [];
  for (const id of orderedIds(db, filters, ctx)) {
    chunk.push(id);
    if (chunk.length === CHUNK) {
      yield* detailRows(db.$client, chunk, opts);
      chunk = [];
    }
  }
  if (chunk.length) yield* detailRows(db.$client, chunk, opts);
}
