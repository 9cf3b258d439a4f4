import "server-only";
import type { z } from "zod";
import { and, count, desc, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Route } from "next";
import type { DB, Executor, Tx } from "../../db";
import { follows, notifications, users } from "../../db/schema";
import type { NotificationKind } from "../../db/schema/enums";
import type { Actor } from "../auth/roles";
import { DUE_KINDS, type CalendarEvent } from "../calendar/kinds";
import { daysBetween, periodOf } from "../calendar/periods";
import { recommendationTitle } from "../recommendation-title";
import { todayIso } from "../domain/clock";
import { parseInput } from "../validation/common";
import { notificationsReadSchema } from "../validation/follows";
import { listCalendarEvents } from "./calendar";
import { personalActor } from "./me";
import { iso, writeTx } from "./write-helpers";

/**
 * In-app notifications for what a user follows.
 *
 * New facts (a state response, a grade, an assessment, evidence) notify in the
 * same transaction as the write that records them: a write that is refused or
 * rolled back leaves no notification, the notification exists the moment the
 * fact does, and nothing has to replay the audit log (whose JSON is shaped for
 * reading, not for re-deriving events). The cost is one INSERT … SELECT over the
 * follows indexes per write. The author of the change is not notified of it.
 *
 * Deadlines (30, 7 and 1 days ahead, and once overdue) are made by the
 * scheduler (`npm run digest`, and `npm start` itself): generateDeadlineNotifications
 * is idempotent — every notification has a key unique per user, and a producer
 * inserts with INSERT OR IGNORE.
 */
export type FactKind = Extract<NotificationKind, "response" | "grade" | "assessment" | "evidence">;

/**
 * Tells everyone who follows the recommendation, its state or its body (but the
 * actor) that `kind` was recorded on it. Call inside the write's transaction.
 * `detail` is the stored key the sentence names (a stance, a status, a grade as
 * written, an evidence title); `sourceId` the new row's id (the idempotency key).
 */
export function notifyFollowers(
  tx: Tx,
  actor: Actor,
  kind: FactKind,
  recommendationId: number,
  sourceId: number,
  detail: string,
) {
  const rec = tx.get<{ subject: string | null; text: string; stateName: string; bodyCode: string } | undefined>(sql`
    SELECT r.subject, r.text, s.name AS stateName, b.code AS bodyCode
    FROM recommendations r JOIN states s ON s.id = r.state_id JOIN bodies b ON b.id = r.body_id WHERE r.id = ${recommendationId}`);
  if (!rec) return;
  const params = JSON.stringify({
    recommendation: recommendationTitle(rec),
    state: rec.stateName,
    body: rec.bodyCode,
    detail,
  });
  tx.run(sql`
    INSERT OR IGNORE INTO notifications (user_id, kind, recommendation_id, state_id, params, href, dedupe_key)
    SELECT DISTINCT f.user_id, ${kind}, r.id, r.state_id, ${params}, '/recommendations/' || r.id,
      ${`${kind}:${sourceId}:${recommendationId}`}
    FROM recommendations r
    JOIN follows f ON f.recommendation_id = r.id OR f.state_id = r.state_id OR f.body_id = r.body_id
    JOIN users u ON u.id = f.user_id AND u.disabled_at IS NULL
    WHERE r.id = ${recommendationId} AND f.user_id IS NOT ${actor.id}`);
}

/** Evidence recorded for a state (not attached to a recommendation): its state's followers. */
export function notifyStateFollowers(tx: Tx, actor: Actor, stateId: number, evidenceId: number, title: string) {
  tx.run(sql`
    INSERT OR IGNORE INTO notifications (user_id, kind, state_id, params, href, dedupe_key)
    SELECT f.user_id, 'evidence', s.id, json_object('state', s.name, 'detail', ${title}), '/states/' || s.code,
      ${`evidence:${evidenceId}:state`}
    FROM follows f JOIN states s ON s.id = f.state_id JOIN users u ON u.id = f.user_id AND u.disabled_at IS NULL
    WHERE f.state_id = ${stateId} AND f.user_id IS NOT ${actor.id}`);
}

export type NotificationDTO = {
  id: number;
  kind: NotificationKind;
  params: Record<string, string | number>;
  href: Route;
  recommendationId: number | null;
  dueDate: string | null;
  createdAt: string | null;
  read: boolean;
};

const toDTO = (n: typeof notifications.$inferSelect): NotificationDTO => ({
  id: n.id,
  kind: n.kind,
  params: n.params,
  // Sound: the column is written only here, from app routes ('/recommendations/' || id, '/states/' || code, CalendarEvent.href).
  href: n.href as Route,
  recommendationId: n.recommendationId,
  dueDate: n.dueDate,
  createdAt: iso(n.createdAt),
  read: n.readAt != null,
});

export const NOTIFICATIONS_PAGE = 50;

/** The user's notifications, newest first. */
export function listNotifications(
  db: Executor,
  actor: Actor | null | undefined,
  opts: { unread?: boolean; page?: number; per?: number } = {},
): { rows: NotificationDTO[]; total: number; unread: number } {
  const who = personalActor(actor);
  const per = Math.min(opts.per ?? NOTIFICATIONS_PAGE, 200);
  const where = and(eq(notifications.userId, who.id), opts.unread ? isNull(notifications.readAt) : undefined);
  const rows = db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(per)
    .offset(((opts.page ?? 1) - 1) * per)
    .all();
  return {
    rows: rows.map(toDTO),
    total: db.select({ n: count() }).from(notifications).where(where).get()!.n,
    unread: unreadCount(db, who.id),
  };
}

/** For the bell: one read of the partial index on unread notifications. */
export function unreadCount(db: Executor, userId: number): number {
  return db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .get()!.n;
}

/** Marks some (`{"ids": […]}`) or all (`{"all": true}`) of one's own notifications as read. */
export function markNotificationsRead(
  db: DB,
  actor: Actor | null | undefined,
  input: z.input<typeof notificationsReadSchema>,
): { marked: number } {
  const who = personalActor(actor);
  const data = parseInput(notificationsReadSchema, input);
  return writeTx(db, (tx) => {
    const rows = tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notifications.userId, who.id),
          isNull(notifications.readAt),
          data.all ? undefined : inArray(notifications.id, data.ids!),
        ),
      )
      .returning({ id: notifications.id })
      .all();
    return { marked: rows.length };
  });
}

/** The user's notifications made in [from, to) — what a digest calls new. */
export function notificationsBetween(db: Executor, userId: number, from: Date, to: Date): NotificationDTO[] {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), gte(notifications.createdAt, from), lt(notifications.createdAt, to)))
    .orderBy(notifications.createdAt, notifications.id)
    .all()
    .map(toDTO);
}

/** Reminder stages: how many days ahead, and the overdue notice (for a deadline passed at most 30 days ago). */
const AHEAD = [
  { kind: "due_1", days: 1 },
  { kind: "due_7", days: 7 },
  { kind: "due_30", days: 30 },
] as const;
export const OVERDUE_NOTICE_DAYS = 30;

/** The reminder due for an event today, if any: the nearest stage it has reached. */
export function reminderStage(e: CalendarEvent, today: string): NotificationKind | null {
  const p = periodOf(e.date);
  if (!p) return null;
  const days = daysBetween(today, p.end);
  if (days < 0) return e.overdue && -days <= OVERDUE_NOTICE_DAYS ? "overdue" : null;
  return AHEAD.find((s) => days <= s.days)?.kind ?? null;
}

/**
 * Makes the deadline notifications due today for every user who follows
 * something. Run it as often as you like: each (event, date, stage) notifies a
 * user once. A deadline first seen inside a stage gets that stage's reminder only
 * (following something due in 5 days gives "in 7 days", not also "in 30").
 */
export function generateDeadlineNotifications(db: DB, at?: Date): { created: number } {
  const today = at ? at.toISOString().slice(0, 10) : todayIso();
  const now = new Date(`${today}T12:00:00Z`);
  const from = new Date(now.getTime() - OVERDUE_NOTICE_DAYS * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(now.getTime() + 31 * 86_400_000).toISOString().slice(0, 10);
  const followers = db
    .selectDistinct({ id: follows.userId })
    .from(follows)
    .innerJoin(users, eq(users.id, follows.userId))
    .where(isNull(users.disabledAt))
    .all();
  let created = 0;
  for (const { id } of followers) {
    const { events } = listCalendarEvents(db, { from, to, kind: [...DUE_KINDS], followedBy: id }, today);
    writeTx(db, (tx) => {
      for (const e of events) {
        const stage = reminderStage(e, today);
        if (!stage) continue;
        const result = tx
          .insert(notifications)
          .values({
            userId: id,
            kind: stage,
            recommendationId: e.recommendationId ?? null,
            dueDate: e.date,
            params: { title: e.title, date: e.date },
            href: e.href,
            dedupeKey: `${e.key}:${e.date}:${stage}`,
          })
          .onConflictDoNothing()
          .run();
        created += result.changes;
      }
    });
  }
  return { created };
}
