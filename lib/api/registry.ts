/**
 * Every /api/v1 route with its method, minimum role and request schema: the
 * source of the OpenAPI document, and checked against the route files and the
 * authorisation-matrix table by tests/api/registry.test.ts.
 */
import { z } from "zod";
import type { Role } from "../../db/schema/enums";
import { roleFor, type Access } from "../auth/policy";
import { assessmentCreateSchema, assessmentUpdateSchema } from "../validation/assessments";
import { bodyCreateSchema, bodyUpdateSchema } from "../validation/bodies";
import { versionOnly } from "../validation/common";
import { cycleEventCreateSchema, cycleEventUpdateSchema } from "../validation/cycle-events";
import { cycleCreateSchema, cycleUpdateSchema } from "../validation/cycles";
import { documentCreateSchema, documentUpdateSchema } from "../validation/documents";
import { evidenceCreateSchema, evidenceLinkSchema, evidenceUpdateSchema } from "../validation/evidence";
import { gradeCreateSchema, gradeUpdateSchema } from "../validation/grades";
import { institutionCreateSchema, institutionUpdateSchema } from "../validation/institutions";
import { FOLLOW_UP_ROUTES } from "./registry-follow-up";
import { auditQuerySchema, listQuery } from "../validation/queries";
import {
  recommendationCreateSchema,
  recommendationUpdateSchema,
  reiterationCreateSchema,
} from "../validation/recommendations";
import { responseCreateSchema, responseUpdateSchema } from "../validation/responses";
import { shareLinkCreateSchema } from "../validation/share-links";
import { stateCreateSchema, stateUpdateSchema } from "../validation/states";
import { candidateQuery, dismissalCreateSchema, tagSuggestionQuery } from "../validation/suggestions";
import { tagCreateSchema, tagUpdateSchema } from "../validation/tags";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";
export type ApiRoute = {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  /** The access-policy entry (lib/auth/policy.ts) the route file checks; null: public. */
  access: Access | null;
  /** The minimum role, read from the access policy; null: public. */
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
  policy: "state" | "body" | "cycle" | "document" | "evidence" | "tag" | "institution" | "cycleEvent";
  query?: z.ZodObject;
};
const RESOURCES: Resource[] = [
  {
    path: "states",
    tag: "States",
    noun: "state",
    create: stateCreateSchema,
    update: stateUpdateSchema,
    policy: "state",
  },
  { path: "bodies", tag: "Bodies", noun: "body", create: bodyCreateSchema, update: bodyUpdateSchema, policy: "body" },
  {
    path: "cycles",
    tag: "Review cycles",
    noun: "review cycle",
    create: cycleCreateSchema,
    update: cycleUpdateSchema,
    policy: "cycle",
  },
  {
    path: "documents",
    tag: "Documents",
    noun: "document",
    create: documentCreateSchema,
    update: documentUpdateSchema,
    policy: "document",
  },
  {
    path: "evidence",
    tag: "Evidence",
    noun: "evidence item",
    create: evidenceCreateSchema,
    update: evidenceUpdateSchema,
    policy: "evidence",
  },
  { path: "tags", tag: "Tags", noun: "tag", create: tagCreateSchema, update: tagUpdateSchema, policy: "tag" },
  {
    path: "institutions",
    tag: "Institutions",
    noun: "institution",
    create: institutionCreateSchema,
    update: institutionUpdateSchema,
    policy: "institution",
  },
  {
    path: "cycle-events",
    tag: "Review cycles",
    noun: "cycle event (an editor's dated event on a review cycle, shown on the calendar)",
    create: cycleEventCreateSchema,
    update: cycleEventUpdateSchema,
    policy: "cycleEvent",
  },
];

const resourceRoutes = (r: Resource): Omit<ApiRoute, "role">[] => [
  {
    method: "GET",
    path: `/${r.path}`,
    summary: `List ${r.noun} records`,
    tag: r.tag,
    access: [r.policy, "read"],
    query: listQuery,
    success: 200,
    list: true,
  },
  {
    method: "POST",
    path: `/${r.path}`,
    summary: `Create a ${r.noun}`,
    tag: r.tag,
    access: [r.policy, "create"],
    body: r.create,
    success: 201,
  },
  {
    method: "GET",
    path: `/${r.path}/{id}`,
    summary: `Get one ${r.noun}`,
    tag: r.tag,
    access: [r.policy, "read"],
    success: 200,
  },
  {
    method: "PATCH",
    path: `/${r.path}/{id}`,
    summary: `Update a ${r.noun} from the version you read (409 if it changed since)`,
    tag: r.tag,
    access: [r.policy, "update"],
    body: r.update,
    success: 200,
  },
  {
    method: "POST",
    path: `/${r.path}/{id}/archive`,
    summary: `Archive a ${r.noun}`,
    tag: r.tag,
    access: [r.policy, "archive"],
    body: versionOnly,
    success: 200,
  },
  {
    method: "POST",
    path: `/${r.path}/{id}/restore`,
    summary: `Restore an archived ${r.noun}`,
    tag: r.tag,
    access: [r.policy, "restore"],
    body: versionOnly,
    success: 200,
  },
];

type History = {
  path: string;
  noun: string;
  policy: "response" | "grade" | "assessment";
  create: z.ZodType;
  update: z.ZodType;
};
const HISTORY: History[] = [
  {
    path: "responses",
    noun: "state response",
    policy: "response",
    create: responseCreateSchema,
    update: responseUpdateSchema,
  },
  { path: "grades", noun: "follow-up grade", policy: "grade", create: gradeCreateSchema, update: gradeUpdateSchema },
  {
    path: "assessments",
    noun: "assessment",
    policy: "assessment",
    create: assessmentCreateSchema,
    update: assessmentUpdateSchema,
  },
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
  outstanding: z
    .string()
    .optional()
    .meta({
      description:
        "1: only outstanding recommendations — not implemented, partially implemented or regressed, or not assessed " +
        "yet but reiterated by a later recommendation",
    }),
  archived: z
    .string()
    .optional()
    .meta({ description: "1: only archived recommendations (editors and admins; 403 for a viewer)" }),
  sort: z.enum(["relevance", "date", "symbol", "outstanding"]).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.string().optional(),
  per: z.string().optional().meta({ description: "Up to 100" }),
});

const earlierQuery = z.object({
  q: z
    .string()
    .optional()
    .meta({ description: "What to look for: a symbol, a paragraph, a subject or words of the text" }),
  limit: z.string().optional().meta({ description: "Up to 50 (default 20)" }),
});

const R = "Recommendations";
const SUGGESTIONS = "Suggestions";
const ROUTES: Omit<ApiRoute, "role">[] = [
  {
    method: "GET",
    path: "/recommendations",
    summary: "Search recommendations",
    tag: R,
    access: ["recommendation", "read"],
    query: recommendationQuery,
    success: 200,
    list: true,
  },
  {
    method: "POST",
    path: "/recommendations",
    summary: "Create a recommendation",
    tag: R,
    access: ["recommendation", "create"],
    body: recommendationCreateSchema,
    success: 201,
  },
  {
    method: "GET",
    path: "/recommendations/{id}",
    summary: "A recommendation with its responses, grades, assessments, evidence and reiteration chain",
    tag: R,
    access: ["recommendation", "read"],
    success: 200,
  },
  {
    method: "GET",
    path: "/recommendations/{id}/earlier",
    summary:
      "Candidates for the earlier recommendation this one repeats: same state, earlier cycles first, found by " +
      "symbol, paragraph, subject or words of the text",
    tag: R,
    access: ["recommendation", "read"],
    query: earlierQuery,
    success: 200,
    list: true,
  },
  {
    method: "PATCH",
    path: "/recommendations/{id}",
    summary: "Update a recommendation from the version you read (409 if it changed since)",
    tag: R,
    access: ["recommendation", "update"],
    body: recommendationUpdateSchema,
    success: 200,
  },
  {
    method: "POST",
    path: "/recommendations/{id}/archive",
    summary: "Archive a recommendation",
    tag: R,
    access: ["recommendation", "archive"],
    body: versionOnly,
    success: 200,
  },
  {
    method: "POST",
    path: "/recommendations/{id}/restore",
    summary: "Restore an archived recommendation",
    tag: R,
    access: ["recommendation", "restore"],
    body: versionOnly,
    success: 200,
  },
  ...HISTORY.map((h): Omit<ApiRoute, "role"> => ({
    method: "POST",
    path: `/recommendations/{id}/${h.path}`,
    summary: `Record a new ${h.noun}`,
    tag: R,
    access: [h.policy, "create"],
    body: h.create,
    success: 201,
  })),
  {
    method: "POST",
    path: "/recommendations/{id}/evidence",
    summary: "Attach evidence: an existing item ({evidenceId}) or a new one",
    tag: R,
    access: ["evidence", "attach"],
    body: z.union([evidenceLinkSchema, evidenceCreateSchema]),
    success: 201,
  },
  {
    method: "POST",
    path: "/recommendations/{id}/reiterations",
    summary: "Link to an earlier recommendation this one reiterates",
    tag: R,
    access: ["reiteration", "create"],
    body: reiterationCreateSchema,
    success: 201,
  },
  {
    method: "GET",
    path: "/reiterations/{id}",
    summary: "Get one reiteration link",
    tag: R,
    access: ["reiteration", "read"],
    success: 200,
  },
  {
    method: "GET",
    path: "/recommendations/{id}/reiteration-candidates",
    summary:
      "Earlier recommendations to the same state this one likely repeats, best first (at most 10), each with its reason",
    tag: SUGGESTIONS,
    access: ["suggestion", "read"],
    query: candidateQuery,
    success: 200,
  },
  {
    method: "POST",
    path: "/recommendations/{id}/reiteration-dismissals",
    summary: "Dismiss a reiteration candidate: the pair is never suggested again",
    tag: SUGGESTIONS,
    access: ["dismissal", "create"],
    body: dismissalCreateSchema,
    success: 201,
  },
  {
    method: "GET",
    path: "/states/{id}/reiteration-queue",
    summary: "A state's unlinked recommendations with a strong reiteration candidate, strongest first",
    tag: SUGGESTIONS,
    access: ["suggestion", "read"],
    success: 200,
  },
  {
    method: "GET",
    path: "/tag-suggestions",
    summary: "Themes, affected persons or SDG targets for a text, best first, learned from tagged recommendations",
    tag: SUGGESTIONS,
    access: ["suggestion", "read"],
    query: tagSuggestionQuery,
    success: 200,
  },
  {
    method: "DELETE",
    path: "/reiterations/{id}",
    summary: "Remove a reiteration link (archived, so it can be restored; the same as POST …/archive)",
    tag: R,
    access: ["reiteration", "archive"],
    body: versionOnly,
    success: 200,
  },
  {
    method: "POST",
    path: "/reiterations/{id}/archive",
    summary: "Remove a reiteration link (archived, so it can be restored)",
    tag: R,
    access: ["reiteration", "archive"],
    body: versionOnly,
    success: 200,
  },
  {
    method: "POST",
    path: "/reiterations/{id}/restore",
    summary: "Restore a removed reiteration link",
    tag: R,
    access: ["reiteration", "restore"],
    body: versionOnly,
    success: 200,
  },
  ...HISTORY.flatMap((h): Omit<ApiRoute, "role">[] => [
    {
      method: "GET",
      path: `/${h.path}/{id}`,
      summary: `Get one ${h.noun}`,
      tag: "History",
      access: [h.policy, "read"],
      success: 200,
    },
    {
      method: "PATCH",
      path: `/${h.path}/{id}`,
      summary: `Correct a ${h.noun} (history is never overwritten by a new fact: POST a new one)`,
      tag: "History",
      access: [h.policy, "update"],
      body: h.update,
      success: 200,
    },
    {
      method: "POST",
      path: `/${h.path}/{id}/archive`,
      summary: `Archive a ${h.noun} (never deleted)`,
      tag: "History",
      access: [h.policy, "archive"],
      body: versionOnly,
      success: 200,
    },
    {
      method: "POST",
      path: `/${h.path}/{id}/restore`,
      summary: `Restore a ${h.noun}`,
      tag: "History",
      access: [h.policy, "restore"],
      body: versionOnly,
      success: 200,
    },
  ]),
  ...RESOURCES.flatMap(resourceRoutes),
  ...FOLLOW_UP_ROUTES,
  {
    method: "POST",
    path: "/share-links",
    summary:
      "A read-only link to one view for someone without an account: {data: {id, url, …}}; the url carries the token " +
      'and is shown only here. "frozen": true keeps today\'s figures',
    tag: "Share links",
    access: ["shareLink", "create"],
    body: shareLinkCreateSchema,
    success: 201,
  },
  {
    method: "GET",
    path: "/share-links",
    summary: "Your share links with their views, opens and expiry (admins: everyone's), without tokens",
    tag: "Share links",
    access: ["shareLink", "read"],
    success: 200,
  },
  {
    method: "POST",
    path: "/share-links/{id}/revoke",
    summary: "End a share link (yours; admins: anyone's): it answers 410 from then on",
    tag: "Share links",
    access: ["shareLink", "delete"],
    body: z.object({}),
    success: 200,
  },
  {
    method: "GET",
    path: "/audit",
    summary: "The audit log, newest first",
    tag: "Audit",
    access: ["audit", "read"],
    query: auditQuerySchema,
    success: 200,
    list: true,
  },
  { method: "GET", path: "/openapi.json", summary: "This OpenAPI document", tag: "Meta", access: null, success: 200 },
];

/** Every route, with its minimum role read from the access policy. */
export const API_ROUTES: ApiRoute[] = ROUTES.map((r) => ({ ...r, role: r.access ? roleFor(...r.access) : null }));

export const MUTATION_METHODS: HttpMethod[] = ["POST", "PATCH", "DELETE"];
