import "server-only";
import { sql } from "drizzle-orm";
import type { Route } from "next";
import type { Executor } from "../../db";
import { appHref } from "../app-href";
import { cycleName } from "../cycle-name";
import { t } from "../i18n/messages";
import { recommendationReference, recommendationTitle } from "../recommendation-title";

/**
 * What a stored record is called, and where it lives, for screens that list
 * records of any kind by id: the records screens and the audit log. One
 * lookup per entity type for a page of ids; an id that no longer exists gets
 * no name (the caller says "#id").
 */
export type RecordName = { name: string; href: Route | null };
export type NamedEntity =
  | "recommendation"
  | "state"
  | "body"
  | "review_cycle"
  | "document"
  | "evidence"
  | "tag"
  | "user"
  | "import_batch"
  | "state_response"
  | "follow_up_grade"
  | "assessment"
  | "reiteration"
  | "institution"
  | "cycle_event"
  | "action"
  | "settings";

const ids = (list: number[]) =>
  sql.join(
    [...new Set(list)].map((id) => sql`${id}`),
    sql`, `,
  );

type RecRow = {
  id: number;
  subject: string | null;
  text: string;
  symbol: string | null;
  paragraph: string | null;
  uprSession: number | null;
  year: number | null;
  stateName: string;
};

/** "CCPR/C/KAZ/CO/1, para. 23: Conscientious objection …" — how a recommendation is named among other records. */
function recommendationName(r: RecRow): string {
  const title = recommendationTitle(r, 80);
  const reference = recommendationReference(r);
  return reference ? t("names.recommendation", { reference, title }) : title;
}

function recommendationRows(db: Executor, list: number[]): Map<number, RecRow> {
  if (!list.length) return new Map();
  const rows = db.all<RecRow>(sql`
    SELECT r.id, r.subject, r.text, d.symbol, r.paragraph, c.upr_session AS uprSession, r.year, s.name AS stateName
    FROM recommendations r JOIN review_cycles c ON c.id = r.cycle_id JOIN states s ON s.id = r.state_id
    LEFT JOIN documents d ON d.id = r.document_id
    WHERE r.id IN (${ids(list)})`);
  return new Map(rows.map((r) => [r.id, r]));
}

const recordHref = (folder: string) => (id: number) => appHref(`/records/${folder}/${id}`);

/** Names and links for records of one type; ids without a record are absent from the map. */
export function recordNames(db: Executor, entity: string, list: number[]): Map<number, RecordName> {
  const out = new Map<number, RecordName>();
  if (!list.length) return out;
  const put = (rows: { id: number; name: string }[], href: ((id: number) => Route) | null) => {
    for (const r of rows) out.set(r.id, { name: r.name, href: href ? href(r.id) : null });
  };
  switch (entity as NamedEntity) {
    case "recommendation":
      for (const [id, r] of recommendationRows(db, list))
        out.set(id, { name: recommendationName(r), href: appHref(`/recommendations/${id}`) });
      break;
    case "state":
      put(db.all(sql`SELECT id, name FROM states WHERE id IN (${ids(list)})`), recordHref("states"));
      break;
    case "body":
      put(
        db.all(sql`SELECT id, code || ' — ' || name AS name FROM bodies WHERE id IN (${ids(list)})`),
        recordHref("bodies"),
      );
      break;
    case "review_cycle":
      for (const [id, name] of cycleNames(db, list)) out.set(id, { name, href: appHref(`/records/cycles/${id}`) });
      break;
    case "document":
      put(
        db.all(sql`SELECT id, COALESCE(symbol, title) AS name FROM documents WHERE id IN (${ids(list)})`),
        recordHref("documents"),
      );
      break;
    case "evidence":
      put(db.all(sql`SELECT id, title AS name FROM evidence WHERE id IN (${ids(list)})`), recordHref("evidence"));
      break;
    case "tag":
      put(db.all(sql`SELECT id, name FROM tags WHERE id IN (${ids(list)})`), recordHref("tags"));
      break;
    case "user":
      put(db.all(sql`SELECT id, name || ' (' || email || ')' AS name FROM users WHERE id IN (${ids(list)})`), null);
      break;
    case "import_batch":
      for (const b of db.all<{ id: number; fileName: string }>(
        sql`SELECT id, file_name AS fileName FROM import_batches WHERE id IN (${ids(list)})`,
      ))
        out.set(b.id, {
          name: t("import.batchTitle", { id: b.id, fileName: b.fileName }),
          href: appHref(`/import/batches/${b.id}`),
        });
      break;
    case "state_response":
    case "follow_up_grade":
    case "assessment":
      childNames(db, entity as "state_response" | "follow_up_grade" | "assessment", list, out);
      break;
    case "reiteration":
      reiterationNames(db, list, out);
      break;
    case "institution":
      put(db.all(sql`SELECT id, name FROM institutions WHERE id IN (${ids(list)})`), recordHref("institutions"));
      break;
    case "cycle_event":
      put(
        db.all(sql`SELECT id, title AS name FROM cycle_events WHERE id IN (${ids(list)})`),
        recordHref("cycle-events"),
      );
      break;
    case "action":
      for (const a of db.all<{ id: number; name: string; recId: number }>(
        sql`SELECT id, title AS name, recommendation_id AS recId FROM actions WHERE id IN (${ids(list)})`,
      ))
        out.set(a.id, { name: a.name, href: appHref(`/recommendations/${a.recId}`) });
      break;
    case "settings":
      // One row, saved under its own id (lib/data/settings.ts): named as its page is titled.
      put(
        db.all(sql`SELECT id, ${t("settings.title")} AS name FROM organisation_settings WHERE id IN (${ids(list)})`),
        () => appHref("/admin/settings"),
      );
      break;
  }
  return out;
}

const CHILD_TABLE = {
  state_response: { table: "state_responses", key: "names.stateResponse" },
  follow_up_grade: { table: "follow_up_grades", key: "names.grade" },
  assessment: { table: "assessments", key: "names.assessment" },
} as const;

/** A response, grade or assessment is named by the recommendation it belongs to, and links to its story. */
function childNames(db: Executor, entity: keyof typeof CHILD_TABLE, list: number[], out: Map<number, RecordName>) {
  const { table, key } = CHILD_TABLE[entity];
  const rows = db.all<{ id: number; recId: number }>(
    sql`SELECT id, recommendation_id AS recId FROM ${sql.identifier(table)} WHERE id IN (${ids(list)})`,
  );
  const recs = recommendationRows(
    db,
    rows.map((r) => r.recId),
  );
  for (const r of rows) {
    const rec = recs.get(r.recId);
    if (rec)
      out.set(r.id, {
        name: t(key, { recommendation: recommendationName(rec) }),
        href: appHref(`/recommendations/${r.recId}`),
      });
  }
}

function reiterationNames(db: Executor, list: number[], out: Map<number, RecordName>) {
  const rows = db.all<{ id: number; recId: number; earlierId: number }>(
    sql`SELECT id, recommendation_id AS recId, earlier_id AS earlierId FROM reiterations WHERE id IN (${ids(list)})`,
  );
  const recs = recommendationRows(
    db,
    rows.flatMap((r) => [r.recId, r.earlierId]),
  );
  for (const r of rows) {
    const later = recs.get(r.recId);
    const earlier = recs.get(r.earlierId);
    if (later && earlier)
      out.set(r.id, {
        name: t("names.reiteration", { later: recommendationName(later), earlier: recommendationName(earlier) }),
        href: appHref(`/recommendations/${r.recId}`),
      });
  }
}

/** "Kazakhstan · CCPR · cycle 3 (2023–2025)" for each cycle id (lib/cycle-name.ts). */
export function cycleNames(db: Executor, list: number[]): Map<number, string> {
  if (!list.length) return new Map();
  const rows = db.all<{
    id: number;
    stateName: string;
    bodyCode: string;
    ordinal: number;
    uprSession: number | null;
    reportDate: string | null;
    sessionDate: string | null;
    adoptionDate: string | null;
  }>(sql`
    SELECT c.id, s.name AS stateName, b.code AS bodyCode, c.ordinal, c.upr_session AS uprSession,
           c.report_date AS reportDate, c.session_date AS sessionDate, c.adoption_date AS adoptionDate
    FROM review_cycles c JOIN states s ON s.id = c.state_id JOIN bodies b ON b.id = c.body_id
    WHERE c.id IN (${ids(list)})`);
  return new Map(rows.map((r) => [r.id, cycleName(r)]));
}
