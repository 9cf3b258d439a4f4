import type { Route } from "next";

/**
 * What the calendar shows. Every event is derived from data the tracker already
 * holds (cycles, documents, recommendations, actions) or from an editor's cycle
 * event — never typed a second time.
 */
export const CALENDAR_KINDS = [
  "follow_up_due",
  "follow_up_reply",
  "report_due",
  "list_of_issues",
  "state_report",
  "session",
  "adoption",
  "action_due",
  "cycle_event",
] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** Kinds that are obligations with a deadline: they can be overdue, and followers are reminded of them. */
export const DUE_KINDS: readonly CalendarKind[] = ["follow_up_due", "report_due", "action_due"];

/** One event as the API answers it (GET /api/v1/calendar). */
export type CalendarEventDTO = {
  date: string;
  kind: CalendarKind;
  title: string;
  state: string;
  body: string;
  cycleId?: number;
  recommendationId?: number;
  overdue: boolean;
};

/** The event with what the pages, the feeds and the reminders need besides. */
export type CalendarEvent = CalendarEventDTO & {
  /** Stable across requests: the .ics UID and the reminders' idempotency key. */
  key: string;
  stateName: string;
  /** Where it leads in the app. */
  href: Route;
  /** A longer description (the notes of a cycle event, an action's responsible institutions). */
  detail: string | null;
};
