/**
 * Every /api/v1 route with its method, minimum role and request schema: the
 * source of the OpenAPI document, and checked against the route files and the
 * authorisation-matrix table by tests/api/registry.test.ts.
 */
import { z } from "zod";
import type { Role } from "../../db/schema/enums";
import { actionCreateSchema, actionProgressSchema, actionUpdateSchema } from "../validation/actions";
import { assessmentCreateSchema, assessmentUpdateSchema } from "../validation/assessments";
import { bodyCreateSchema, bodyUpdateSchema } from "../validation/bodies";
import { versionOnly } from "../validation/common";
import { cycleEventCreateSchema, cycleEventUpdateSchema } from "../validation/cycle-events";
import { cycleCreateSchema, cycleUpdateSchema } from "../validation/cycles";
import { documentCreateSchema, documentUpdateSchema } from "../validation/documents";
import { evidenceCreateSchema, evidenceLinkSchema, evidenceUpdateSchema } from "../validation/evidence";
import { gradeCreateSchema, gradeUpdateSchema } from "../validation/grades";
import { institutionCreateSchema, institutionUpdateSchema } from "../validation/institutions";
import { auditQuerySchema, listQuery } from "../validation/queries";
import { calendarQuerySchema } from "../validation/calendar";
import {
  recommendationCreateSchema,
  recommendationUpdateSchema,
  reiterationCreateSchema,
} from "../validation/recommendations";
import { responseCreateSchema, responseUpdateSchema } from "../validation/responses";
import { stateCreateSchema, stateUpdateSchema } from "../validation/states";
import { tagCreateSchema, tagUpdateSchema } from "../validation/tags";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";
export type ApiRoute = {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  /** null: public. */
  role: Role | null;
  body?: z.ZodType;
  query?: z.ZodObject;
  success: 200 | 201;
  list?: boolean;
};

type Resource = {
  path: string;
  tag: string;
  noun: string;
  create: z.ZodType;
  update: z.ZodType;
  role: Role;
  query?: z.ZodObject;
};
const RESOURCES: Resource[] = [
  {
    path: "states",
    tag: "States",
    noun: "state",
    create: stateCreateSchema,
    update: stateUpdateSchema,
    role: "editor",
  },
  { path: "bodies", tag: "Bodies", noun: "body", create: bodyCreateSchema, update: bodyUpdateSchema, role: "editor" },
  {
    path: "cycles",
    tag: "Review cycles",
    noun: "review cycle",
    create: cycleCreateSchema,
    update: cycleUpdateSchema,
    role: "editor",
  },
  {
    path: "documents",
    tag: "Documents",
    noun: "document",
    create: documentCreateSchema,
    update: documentUpdateSchema,
    role: "editor",
  },
  {
    path: "evidence",
    tag: "Evidence",
    noun: "evidence item",
    create: evidenceCreateSchema,
    update: evidenceUpdateSchema,
    role: "editor",
  },
  { path: "tags", tag: "Tags", noun: "tag", create: tagCreateSchema, update: tagUpdateSchema, role: "admin" },
  {
    path: "institutions",
    tag: "Institutions",
    noun: "institution",
    create: institutionCreateSchema,
    update: institutionUpdateSchema,
    role: "editor",
  },
  {
    path: "cycle-events",
    tag: "Review cycles",
    noun: "cycle event (an editor's dated event on a review cycle, shown on the calendar)",
    create: cycleEventCreateSchema,
    update: cycleEventUpdateSchema,
    role: "editor",
  },
];

const A = "Actions";
/** Actions on a recommendation: who is to do what by when, and how it is going. */
const ACTION_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/recommendations/{id}/actions",
    summary: "The recommendation's actions with their responsible institutions and progress notes",
    tag: A,
    role: "viewer",
    success: 200,
  },
  {
    method: "POST",
    path: "/recommendations/{id}/actions",
    summary: "Record an action: title, responsible institutions (of the recommendation's state), due date, status",
    tag: A,
    role: "editor",
    body: actionCreateSchema,
    success: 201,
  },
  { method: "GET", path: "/actions/{id}", summary: "Get one action", tag: A, role: "viewer", success: 200 },
  {
    method: "PATCH",
    path: "/actions/{id}",
    summary: "Update an action from the version you read (409 if it changed since); institutionIds replaces the list",
    tag: A,
    role: "editor",
    body: actionUpdateSchema,
    success: 200,
  },
  {
    method: "POST",
    path: "/actions/{id}/archive",
    summary: "Archive an action (never deleted)",
    tag: A,
    role: "editor",
    body: versionOnly,
    success: 200,
  },
  {
    method: "POST",
    path: "/actions/{id}/restore",
    summary: "Restore an archived action",
    tag: A,
    role: "editor",
    body: versionOnly,
    success: 200,
  },
  {
    method: "POST",
    path: "/actions/{id}/progress",
    summary: "Add a dated progress note, with an evidence item or a link",
    tag: A,
    role: "editor",
    body: actionProgressSchema,
    success: 201,
  },
];

const resourceRoutes = (r: Resource): ApiRoute[] => [
  {
    method: "GET",
    path: `/${r.path}`,
    summary: `List ${r.noun} records`,
    tag: r.tag,
    role: "viewer",
    query: listQuery,
    success: 200,
    list: true,
  },
  {
    method: "POST",
    path: `/${r.path}`,
    summary: `Create a ${r.noun}`,
    tag: r.tag,
    role: r.role,
    body: r.create,
    success: 201,
  },
  { method: "GET", path: `/${r.path}/{id}`, summary: `Get one ${r.noun}`, tag: r.tag, role: "viewer", success: 200 },
  {
    method: "PATCH",
    path: `/${r.path}/{id}`,
    summary: `Update a ${r.noun} from the version you read (409 if it changed since)`,
    tag: r.tag,
    role: r.role,
    body: r.update,
    success: 200,
  },
  {
    method: "POST",
    path: `/${r.path}/{id}/archive`,
    summary: `Archive a ${r.noun}`,
    tag: r.tag,
    role: r.role,
    body: versionOnly,
    success: 200,
  },
  {
    method: "POST",
    path: `/${r.path}/{id}/restore`,
    summary: `Restore an archived ${r.noun}`,
    tag: r.tag,
    role: r.role,
    body: versionOnly,
    success: 200,
  },
];

type History = { path: string; noun: string; create: z.ZodType; update: z.ZodType };
const HISTORY: History[] = [
  { path: "responses", noun: "state response", create: responseCreateSchema, update: responseUpdateSchema },
  { path: "grades", noun: "follow-up grade", create: gradeCreateSchema, update: gradeUpdateSchema },
  { path: "assessments", noun: "assessment", create: assessmentCreateSchema, update: assessmentUpdateSchema },
];

/** Documents the search filters of lib/search/filters.ts (which never refuses: unknown values are dropped). */
const multi = (description: string, example: string) =>
  z
    .string()
    .optional()
    .meta({ description: `${description}; repeat the key or separate with commas`, examples: [example] });
const recommendationQuery = z.object({
  q: z.string().optional().meta({ description: "Full-text query" }),
  state: multi("ISO3 code(s)", "KAZ"),
  body: multi("Body code(s)", "CCPR"),
  cycle: multi("Cycle ordinal(s)", "2"),
  from: z
    .string()
    .optional()
    .meta({ description: "From year", examples: ["2011"] }),
  to: z
    .string()
    .optional()
    .meta({ description: "To year", examples: ["2025"] }),
  status: multi("Status key(s) or none", "not_implemented"),
  stance: multi("Latest stance key(s) or none", "rejects"),
  grade: multi("Latest grade letter(s) or none", "C"),
  theme: multi("Theme name(s)", "Freedom of thought"),
  affected: multi("Affected-persons tag(s)", "Conscientious objectors"),
  sdg: multi("SDG target(s)", "16.3"),
  institution: multi("Responsible institution id(s): recommendations with a (not archived) action naming one", "3"),
  reiterated: z.string().optional().meta({ description: "1: only recommendations that reiterate an earlier one" }),
  overdue: z.string().optional().meta({ description: "1: only follow-up recommendations past their deadline" }),
  noresponse: z.string().optional().meta({ description: "1: only recommendations without a state response" }),
  sort: z.enum(["relevance", "date", "symbol", "outstanding"]).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.string().optional(),
  per: z.string().optional().meta({ description: "Up to 100" }),
});

const R = "Recommendations";
export const API_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/recommendations",
    summary: "Search recommendations",
    tag: R,
    role: "viewer",
    query: recommendationQuery,
    success: 200,
    list: true,
  },
  {
    method: "POST",
    path: "/recommendations",
    summary: "Create a recommendation",
    tag: R,
    role: "editor",
    body: recommendationCreateSchema,
    success: 201,
  },
  {
    method: "GET",
    path: "/recommendations/{id}",
    summary: "A recommendation with its responses, grades, assessments, evidence and reiteration chain",
    tag: R,
    role: "viewer",
    success: 200,
  },
  {
    method: "PATCH",
    path: "/recommendations/{id}",
    summary: "Update a recommendation from the version you read (409 if it changed since)",
    tag: R,
    role: "editor",
    body: recommendationUpdateSchema,
    success: 200,
  },
  {
    method: "POST",
    path: "/recommendations/{id}/archive",
    summary: "Archive a recommendation (admin)",
    tag: R,
    role: "admin",
    body: versionOnly,
    success: 200,
  },
  {
    method: "POST",
    path: "/recommendations/{id}/restore",
    summary: "Restore an archived recommendation (admin)",
    tag: R,
    role: "admin",
    body: versionOnly,
    success: 200,
  },
  ...HISTORY.map((h): ApiRoute => ({
    method: "POST",
    path: `/recommendations/{id}/${h.path}`,
    summary: `Record a new ${h.noun}`,
    tag: R,
    role: "editor",
    body: h.create,
    success: 201,
  })),
  {
    method: "POST",
    path: "/recommendations/{id}/evidence",
    summary: "Attach evidence: an existing item ({evidenceId}) or a new one",
    tag: R,
    role: "editor",
    body: z.union([evidenceLinkSchema, evidenceCreateSchema]),
    success: 201,
  },
  {
    method: "POST",
    path: "/recommendations/{id}/reiterations",
    summary: "Link to an earlier recommendation this one reiterates",
    tag: R,
    role: "editor",
    body: reiterationCreateSchema,
    success: 201,
  },
  {
    method: "DELETE",
    path: "/reiterations/{id}",
    summary: "Remove a reiteration link",
    tag: R,
    role: "editor",
    body: versionOnly,
    success: 200,
  },
  ...HISTORY.flatMap((h): ApiRoute[] => [
    {
      method: "GET",
      path: `/${h.path}/{id}`,
      summary: `Get one ${h.noun}`,
      tag: "History",
      role: "viewer",
      success: 200,
    },
    {
      method: "PATCH",
      path: `/${h.path}/{id}`,
      summary: `Correct a ${h.noun} (history is never overwritten by a new fact: POST a new one)`,
      tag: "History",
      role: "editor",
      body: h.update,
      success: 200,
    },
    {
      method: "POST",
      path: `/${h.path}/{id}/archive`,
      summary: `Archive a ${h.noun} (never deleted)`,
      tag: "History",
      role: "editor",
      body: versionOnly,
      success: 200,
    },
    {
      method: "POST",
      path: `/${h.path}/{id}/restore`,
      summary: `Restore a ${h.noun}`,
      tag: "History",
      role: "editor",
      body: versionOnly,
      success: 200,
    },
  ]),
  ...RESOURCES.flatMap(resourceRoutes),
  ...ACTION_ROUTES,
  {
    method: "GET",
    path: "/calendar",
    summary:
      "Deadlines and events of the review cycles, earliest first: follow-up replies and reports due, lists of issues, sessions, adoptions, actions' due dates, cycle events. `truncated: true` when more than 5,000 matched",
    tag: "Calendar",
    role: "viewer",
    query: calendarQuerySchema,
    success: 200,
  },
  {
    method: "GET",
    path: "/audit",
    summary: "The audit log, newest first (admin)",
    tag: "Audit",
    role: "admin",
    query: auditQuerySchema,
    success: 200,
    list: true,
  },
  {
    method: "GET",
    path: "/states/{id}/calendar.ics",
    summary: "One state's deadlines and events as an iCalendar feed (id: the ISO code, e.g. KAZ, or the numeric id)",
    tag: "Calendar",
    role: "viewer",
    success: 200,
  },
  {
    method: "POST",
    path: "/me/calendar-token",
    summary:
      "A new address for your personal calendar feed (what you follow): {data: {url}}; the previous address stops working",
    tag: "You",
    role: "viewer",
    body: z.object({}),
    success: 201,
  },
  {
    method: "DELETE",
    path: "/me/calendar-token",
    summary: "Stop your personal calendar feed: {data: {revoked}}",
    tag: "You",
    role: "viewer",
    body: z.object({}),
    success: 200,
  },
  { method: "GET", path: "/openapi.json", summary: "This OpenAPI document", tag: "Meta", role: null, success: 200 },
];

export const MUTATION_METHODS: HttpMethod[] = ["POST", "PATCH", "DELETE"];
