import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db";
import { appHref } from "../app-href";
import { CALENDAR_KINDS, type CalendarEvent, type CalendarEventDTO, type CalendarKind } from "../calendar/kinds";
import { periodOf } from "../calendar/periods";
import { NOTHING_SENT_SQL, overdueFollowUpSql, periodEndSql } from "../domain/predicates";
import { todayIso } from "../domain/clock";
import { t } from "../i18n/messages";
import { recommendationTitle } from "../recommendation-title";

/**
 * Every dated obligation and event of the review cycles, derived from the data
 * itself: a cycle's follow-up deadline, next report due, session, adoption and
 * report dates; its documents (lists of issues, state reports and replies,
 * follow-up replies received); a follow-up recommendation's own deadline when it
 * differs from its cycle's; actions' due dates; and the events editors add to a
 * cycle. Nothing here is stored twice.
 *
 * "Overdue" (say only what the data supports):
 * - a cycle's follow-up reply: the deadline has passed, no follow-up reply is on
 *   record for the cycle and none of its follow-up recommendations has a state
 *   response or a grade other than D ("no reply received");
 * - a recommendation's own follow-up deadline: the list's `overdue` filter (lib/search/sql.ts);
 * - a next periodic report: the date has passed and no later cycle of the same
 *   state and body has a report, a reply to a list of issues, a session or an adoption;
 * - an action: the due date has passed and it is neither done nor abandoned.
 * A partial date is due at the end of the period it names.
 */
export type CalendarQuery = {
  /** Full dates (YYYY-MM-DD); an event overlapping [from, to] is included. */
  from?: string;
  to?: string;
  state?: string[];
  body?: string[];
  kind?: CalendarKind[];
  /** Only what this user follows (a followed state or body, a followed recommendation and its cycle). */
  followedBy?: number;
  limit?: number;
};

export const DEFAULT_CALENDAR_LIMIT = 5_000;

type Row = {
  key: string;
  kind: CalendarKind;
  date: string;
  stateCode: string;
  stateName: string;
  bodyCode: string;
  bodyKind: string;
  cycleId: number;
  ordinal: number;
  uprSession: number | null;
  recommendationId: number | null;
  recSubject: string | null;
  recText: string | null;
  title: string | null;
  symbol: string | null;
  notes: string | null;
  overdue: number;
};

const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

function inRange(col: SQL, q: CalendarQuery): SQL {
  const parts = [sql`${col} IS NOT NULL`];
  if (q.to) parts.push(sql`${col} <= ${q.to}`);
  if (q.from) parts.push(sql`${periodEndSql(col)} >= ${q.from}`);
  return sql.join(parts, sql` AND `);
}

/** Which cycles (alias c) and, for recommendation-level events, which recommendations (alias r) are in scope. */
function scope(q: CalendarQuery, withRecommendation: boolean): SQL {
  const parts: SQL[] = [sql`c.archived_at IS NULL`];
  if (q.state?.length) parts.push(sql`c.state_id IN (SELECT id FROM states WHERE code IN (${list(q.state)}))`);
  if (q.body?.length) parts.push(sql`c.body_id IN (SELECT id FROM bodies WHERE code IN (${list(q.body)}))`);
  if (q.followedBy !== undefined) {
    const u = q.followedBy;
    const mine = [
      sql`c.state_id IN (SELECT state_id FROM follows WHERE user_id = ${u} AND state_id IS NOT NULL)`,
      sql`c.body_id IN (SELECT body_id FROM follows WHERE user_id = ${u} AND body_id IS NOT NULL)`,
      withRecommendation
        ? sql`r.id IN (SELECT recommendation_id FROM follows WHERE user_id = ${u} AND recommendation_id IS NOT NULL)`
        : sql`c.id IN (SELECT fr.cycle_id FROM follows f JOIN recommendations fr ON fr.id = f.recommendation_id WHERE f.user_id = ${u})`,
    ];
    parts.push(sql`(${sql.join(mine, sql` OR `)})`);
  }
  return sql.join(parts, sql` AND `);
}

const CYCLE_COLUMNS = sql`s.code AS stateCode, s.name AS stateName, b.code AS bodyCode, b.kind AS bodyKind,
  c.id AS cycleId, c.ordinal, c.upr_session AS uprSession`;
const JOIN_CYCLE = sql`JOIN states s ON s.id = c.state_id JOIN bodies b ON b.id = c.body_id`;
const NO_RECOMMENDATION = sql`NULL AS recommendationId, NULL AS recSubject, NULL AS recText`;

function cycleDate(
  kind: CalendarKind,
  column: string,
  overdue: (today: string) => SQL,
  q: CalendarQuery,
  today: string,
): SQL {
  const col = sql.raw(`c.${column}`);
  return sql`SELECT 'cycle-' || c.id || '-' || ${kind} AS key, ${kind} AS kind, ${col} AS date, ${CYCLE_COLUMNS}, ${NO_RECOMMENDATION},
      NULL AS title, NULL AS symbol, NULL AS notes, ${overdue(today)} AS overdue
    FROM review_cycles c ${JOIN_CYCLE} WHERE ${inRange(col, q)} AND ${scope(q, false)}`;
}

const never = () => sql`0`;
const followUpOverdue = (today: string) => sql`(${periodEndSql(sql`c.follow_up_deadline`)} < ${today}
  AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.cycle_id = c.id AND d.kind = 'follow_up_report' AND d.archived_at IS NULL)
  AND NOT EXISTS (SELECT 1 FROM recommendations r WHERE r.cycle_id = c.id AND r.is_follow_up = 1 AND r.archived_at IS NULL
    AND NOT (${NOTHING_SENT_SQL})))`;
const reportOverdue = (today: string) => sql`(${periodEndSql(sql`c.next_report_due`)} < ${today}
  AND NOT EXISTS (SELECT 1 FROM review_cycles n WHERE n.state_id = c.state_id AND n.body_id = c.body_id AND n.ordinal > c.ordinal
    AND n.archived_at IS NULL
    AND (n.report_date IS NOT NULL OR n.session_date IS NOT NULL OR n.adoption_date IS NOT NULL
      OR EXISTS (SELECT 1 FROM documents d WHERE d.cycle_id = n.id
        AND d.kind IN ('state_report', 'reply_to_list_of_issues') AND d.archived_at IS NULL))))`;

/** Document kinds that are steps of a review, and the calendar kind each one is. */
const DOCUMENT_EVENT = {
  list_of_issues: "list_of_issues",
  list_of_issues_prior_to_reporting: "list_of_issues",
  state_report: "state_report",
  reply_to_list_of_issues: "state_report",
  follow_up_report: "follow_up_reply",
} as const satisfies Record<string, CalendarKind>;

function parts(q: CalendarQuery, today: string): SQL[] {
  const wanted = new Set(q.kind?.length ? q.kind : CALENDAR_KINDS);
  const out: SQL[] = [];
  if (wanted.has("follow_up_due")) {
    out.push(cycleDate("follow_up_due", "follow_up_deadline", followUpOverdue, q, today));
    // A recommendation's own deadline, where it is not simply its cycle's. The partial
    // index of follow-up rows (migration 0003) holds every column read here but the text.
    out.push(sql`SELECT 'recommendation-' || r.id || '-follow_up_due' AS key, 'follow_up_due' AS kind, r.follow_up_deadline AS date,
        ${CYCLE_COLUMNS}, r.id AS recommendationId, r.subject AS recSubject, r.text AS recText, NULL AS title, NULL AS symbol,
        NULL AS notes, ${overdueFollowUpSql(today)} AS overdue
      FROM recommendations r JOIN review_cycles c ON c.id = r.cycle_id ${JOIN_CYCLE}
      WHERE r.is_follow_up = 1 AND r.archived_at IS NULL AND r.follow_up_deadline IS NOT c.follow_up_deadline
        AND ${inRange(sql`r.follow_up_deadline`, q)} AND ${scope(q, true)}`);
  }
  if (wanted.has("report_due")) out.push(cycleDate("report_due", "next_report_due", reportOverdue, q, today));
  if (wanted.has("session")) out.push(cycleDate("session", "session_date", never, q, today));
  if (wanted.has("adoption")) out.push(cycleDate("adoption", "adoption_date", never, q, today));
  if (wanted.has("state_report")) out.push(cycleDate("state_report", "report_date", never, q, today));
  const docKinds = Object.entries(DOCUMENT_EVENT).filter(([, k]) => wanted.has(k));
  if (docKinds.length) {
    const mapping = sql.join(
      docKinds.map(([doc, kind]) => sql`WHEN ${doc} THEN ${kind}`),
      sql` `,
    );
    out.push(sql`SELECT 'document-' || d.id AS key, CASE d.kind ${mapping} END AS kind, d.date AS date, ${CYCLE_COLUMNS},
        ${NO_RECOMMENDATION}, d.title AS title, d.symbol AS symbol, NULL AS notes, 0 AS overdue
      FROM documents d JOIN review_cycles c ON c.id = d.cycle_id ${JOIN_CYCLE}
      WHERE d.archived_at IS NULL AND d.kind IN (${list(docKinds.map(([doc]) => doc))})
        AND ${inRange(sql`d.date`, q)} AND ${scope(q, false)}`);
  }
  if (wanted.has("action_due")) {
    out.push(sql`SELECT 'action-' || a.id || '-due' AS key, 'action_due' AS kind, a.due_date AS date, ${CYCLE_COLUMNS},
        r.id AS recommendationId, r.subject AS recSubject, r.text AS recText, a.title AS title, NULL AS symbol,
        (SELECT group_concat(name, '; ') FROM (SELECT i.name FROM action_institutions ai JOIN institutions i ON i.id = ai.institution_id
          WHERE ai.action_id = a.id AND i.archived_at IS NULL ORDER BY i.name)) AS notes,
        (${periodEndSql(sql`a.due_date`)} < ${today} AND a.status NOT IN ('done', 'abandoned')) AS overdue
      FROM actions a JOIN recommendations r ON r.id = a.recommendation_id JOIN review_cycles c ON c.id = r.cycle_id ${JOIN_CYCLE}
      WHERE a.archived_at IS NULL AND r.archived_at IS NULL AND ${inRange(sql`a.due_date`, q)} AND ${scope(q, true)}`);
  }
  if (wanted.has("cycle_event")) {
    out.push(sql`SELECT 'cycle-event-' || e.id AS key, 'cycle_event' AS kind, e.date AS date, ${CYCLE_COLUMNS}, ${NO_RECOMMENDATION},
        e.title AS title, NULL AS symbol, e.notes AS notes, 0 AS overdue
      FROM cycle_events e JOIN review_cycles c ON c.id = e.cycle_id ${JOIN_CYCLE}
      WHERE e.archived_at IS NULL AND ${inRange(sql`e.date`, q)} AND ${scope(q, false)}`);
  }
  return out;
}

function cycleLabel(r: Row): string {
  return r.uprSession
    ? t("calendar.uprSession", { session: r.uprSession }) // after the body code "UPR": "UPR session 20"
    : t("calendar.cycleOrdinal", { ordinal: r.ordinal });
}

function toEvent(r: Row): CalendarEvent {
  const what = t(`calendar.kind.${r.kind}`);
  const base = { state: r.stateName, body: r.bodyCode };
  let title: string;
  let detail: string | null = null;
  if (r.kind === "cycle_event") {
    title = t("calendar.title.cycleEvent", { ...base, title: r.title ?? "", cycle: cycleLabel(r) });
    detail = r.notes;
  } else if (r.kind === "action_due") {
    title = t("calendar.title.action", { what, ...base, title: r.title ?? "" });
    detail = r.notes ? t("calendar.detail.responsible", { institutions: r.notes }) : null;
  } else if (r.recommendationId) {
    title = t("calendar.title.recommendation", {
      what,
      ...base,
      recommendation: recommendationTitle({ subject: r.recSubject, text: r.recText ?? "" }),
    });
  } else if (r.symbol) {
    title = t("calendar.title.document", { what, ...base, symbol: r.symbol });
  } else {
    title = t("calendar.title.cycle", { what, ...base, cycle: cycleLabel(r) });
  }
  return {
    key: r.key,
    date: r.date,
    kind: r.kind,
    title,
    state: r.stateCode,
    stateName: r.stateName,
    body: r.bodyCode,
    cycleId: r.cycleId,
    ...(r.recommendationId ? { recommendationId: r.recommendationId } : {}),
    overdue: !!r.overdue,
    href: r.recommendationId ? appHref(`/recommendations/${r.recommendationId}`) : appHref(`/states/${r.stateCode}`),
    detail,
  };
}

const KIND_ORDER = new Map(CALENDAR_KINDS.map((k, i) => [k, i]));

/** The events in [from, to] for the filters, earliest first; `truncated` when more than `limit` matched. */
export function listCalendarEvents(
  db: Executor,
  q: CalendarQuery,
  today = todayIso(),
): { events: CalendarEvent[]; truncated: boolean } {
  const selects = parts(q, today);
  if (!selects.length) return { events: [], truncated: false };
  const limit = q.limit ?? DEFAULT_CALENDAR_LIMIT;
  const rows = db.all<Row>(
    sql`SELECT * FROM (${sql.join(selects, sql` UNION ALL `)}) ORDER BY date, key LIMIT ${limit + 1}`,
  );
  // A stored value that is not a partial date (hand-edited data) cannot be placed on a calendar.
  // A state report recorded both as the cycle's report date and as a document of that day is one event.
  const documented = new Set(
    rows.filter((r) => r.kind === "state_report" && r.key.startsWith("document-")).map((r) => `${r.cycleId} ${r.date}`),
  );
  const events = rows
    .slice(0, limit)
    .filter((r) => periodOf(r.date))
    .filter(
      (r) => !(r.kind === "state_report" && r.key.startsWith("cycle-") && documented.has(`${r.cycleId} ${r.date}`)),
    )
    .map(toEvent)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || a.key.localeCompare(b.key),
    );
  return { events, truncated: rows.length > limit };
}

/** The API's shape of an event: the named fields only. */
export function toCalendarDTO(e: CalendarEvent): CalendarEventDTO {
  return {
    date: e.date,
    kind: e.kind,
    title: e.title,
    state: e.state,
    body: e.body,
    ...(e.cycleId ? { cycleId: e.cycleId } : {}),
    ...(e.recommendationId ? { recommendationId: e.recommendationId } : {}),
    overdue: e.overdue,
  };
}
