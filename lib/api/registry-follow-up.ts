/**
 * The routes of the follow-up work — actions, the calendar and its feeds, and a
 * user's own settings, follows and notifications — for lib/api/registry.ts.
 */
import { z } from "zod";
import type { ApiRoute } from "./registry";
import { actionCreateSchema, actionProgressSchema, actionUpdateSchema } from "../validation/actions";
import { calendarQuerySchema } from "../validation/calendar";
import { versionOnly } from "../validation/common";
import { followCreateSchema, notificationsQuerySchema, notificationsReadSchema } from "../validation/follows";
import { mePatchSchema } from "../validation/me";

const A = "Actions";
const ACTIONS: Omit<ApiRoute, "role">[] = [
  {
    method: "GET",
    path: "/recommendations/{id}/actions",
    summary: "The recommendation's actions with their responsible institutions and progress notes",
    tag: A,
    access: ["action", "read"],
    success: 200,
  },
  {
    method: "POST",
    path: "/recommendations/{id}/actions",
    summary: "Record an action: title, responsible institutions (of the recommendation's state), due date, status",
    tag: A,
    access: ["action", "create"],
    body: actionCreateSchema,
    success: 201,
  },
  { method: "GET", path: "/actions/{id}", summary: "Get one action", tag: A, access: ["action", "read"], success: 200 },
  {
    method: "PATCH",
    path: "/actions/{id}",
    summary: "Update an action from the version you read (409 if it changed since); institutionIds replaces the list",
    tag: A,
    access: ["action", "update"],
    body: actionUpdateSchema,
    success: 200,
  },
  {
    method: "POST",
    path: "/actions/{id}/archive",
    summary: "Archive an action (never deleted)",
    tag: A,
    access: ["action", "archive"],
    body: versionOnly,
    success: 200,
  },
  {
    method: "POST",
    path: "/actions/{id}/restore",
    summary: "Restore an archived action",
    tag: A,
    access: ["action", "restore"],
    body: versionOnly,
    success: 200,
  },
  {
    method: "POST",
    path: "/actions/{id}/progress",
    summary: "Add a dated progress note, with an evidence item or a link",
    tag: A,
    access: ["action", "update"],
    body: actionProgressSchema,
    success: 201,
  },
];

const C = "Calendar";
const CALENDAR: Omit<ApiRoute, "role">[] = [
  {
    method: "GET",
    path: "/calendar",
    summary:
      "Deadlines and events of the review cycles, earliest first: follow-up replies and reports due, lists of issues, " +
      "sessions, adoptions, actions' due dates, cycle events. `truncated: true` when more than 5,000 matched",
    tag: C,
    access: ["calendar", "read"],
    query: calendarQuerySchema,
    success: 200,
  },
  {
    method: "GET",
    path: "/states/{id}/calendar.ics",
    summary: "One state's deadlines and events as an iCalendar feed (id: the ISO code, e.g. KAZ, or the numeric id)",
    tag: C,
    access: ["calendar", "read"],
    success: 200,
  },
];

const Y = "You";
const ME: Omit<ApiRoute, "role">[] = [
  {
    method: "GET",
    path: "/me",
    summary: "Who you are and your settings: {data: {id, email, name, role, digest}}",
    tag: Y,
    access: ["me", "read"],
    success: 200,
  },
  {
    method: "PATCH",
    path: "/me",
    summary: 'Change your settings, e.g. {"digest": "daily"} (none, daily or weekly)',
    tag: Y,
    access: ["me", "update"],
    body: mePatchSchema,
    success: 200,
  },
  { method: "GET", path: "/me/follows", summary: "What you follow", tag: Y, access: ["follow", "read"], success: 200 },
  {
    method: "POST",
    path: "/me/follows",
    summary:
      'Follow a state {"state": "KAZ"}, a body {"body": "CCPR"} or a recommendation {"recommendationId": 12}: 201, ' +
      "or 200 with the follow you already had",
    tag: Y,
    access: ["follow", "create"],
    body: followCreateSchema,
    success: 201,
  },
  {
    method: "DELETE",
    path: "/me/follows/{id}",
    summary: "Stop following (no body needed)",
    tag: Y,
    access: ["follow", "delete"],
    body: z.object({}),
    success: 200,
  },
  {
    method: "GET",
    path: "/me/notifications",
    summary: "Your notifications, newest first (?unread=1, ?page=, ?per=): {data, total, unread}",
    tag: Y,
    access: ["notification", "read"],
    query: notificationsQuerySchema,
    success: 200,
    list: true,
  },
  {
    method: "POST",
    path: "/me/notifications/read",
    summary: 'Mark notifications as read: {"ids": [1, 2]} or {"all": true}',
    tag: Y,
    access: ["notification", "update"],
    body: notificationsReadSchema,
    success: 200,
  },
  {
    method: "POST",
    path: "/me/calendar-token",
    summary:
      "A new address for your personal calendar feed (what you follow): {data: {url}}; the previous address stops working",
    tag: Y,
    access: ["calendarFeed", "create"],
    body: z.object({}),
    success: 201,
  },
  {
    method: "DELETE",
    path: "/me/calendar-token",
    summary: "Stop your personal calendar feed: {data: {revoked}} (no body needed)",
    tag: Y,
    access: ["calendarFeed", "delete"],
    body: z.object({}),
    success: 200,
  },
];

export const FOLLOW_UP_ROUTES = [...ACTIONS, ...CALENDAR, ...ME];
