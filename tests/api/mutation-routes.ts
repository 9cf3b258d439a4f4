/**
 * Every mutation of /api/v1 with a valid example body and the minimum role,
 * for the HTTP authorisation matrix (every route × every role). Kept complete
 * by tests/api/registry.test.ts, which fails when a route is missing here.
 *
 * `{id}` in the path is replaced by the fixture id named in `id`. Example
 * bodies are valid against a freshly seeded fixture where every record is at
 * version 1; use a fresh fixture (or expect 409) when a role is allowed.
 * A viewer must get 403 and a signed-out caller 401 from every entry.
 */
import type { Role } from "@/db/schema/enums";

export type FixtureIds = {
  state: number;
  body: number;
  cycle: number;
  document: number;
  recommendation: number;
  earlierRecommendation: number;
  evidence: number;
  tag: number;
  response: number;
  grade: number;
  assessment: number;
  reiteration: number;
  institution: number;
  action: number;
  cycleEvent: number;
};

export type MutationRoute = {
  method: "POST" | "PATCH" | "DELETE";
  path: string;
  /** Which fixture's id replaces `{id}`. */
  id?: keyof FixtureIds;
  minRole: Role;
  body: (ids: FixtureIds) => Record<string, unknown>;
  /** Status when the allowed role calls it on a fresh fixture. */
  success: 200 | 201;
  /** The caller's own records (/api/v1/me…): every role may, and each changes only what is theirs. */
  personal?: true;
};

const v1 = () => ({ version: 1 });
let unique = 0;
/** Codes and names must not clash when the same example runs for several roles. */
const next = () => ++unique;

const iso3 = [
  "AFG",
  "ALB",
  "DZA",
  "AND",
  "AGO",
  "ARG",
  "ARM",
  "AUS",
  "AUT",
  "AZE",
  "BHS",
  "BHR",
  "BGD",
  "BRB",
  "BLR",
  "BEL",
];

type Resource = {
  path: string;
  id: keyof FixtureIds;
  role: Role;
  create: (ids: FixtureIds) => Record<string, unknown>;
  update: (ids: FixtureIds) => Record<string, unknown>;
};
const RESOURCES: Resource[] = [
  {
    path: "states",
    id: "state",
    role: "editor",
    create: () => ({ code: iso3[next() % iso3.length], name: `State ${unique}` }),
    update: () => ({ name: "Kazakhstan (renamed)", version: 1 }),
  },
  {
    path: "bodies",
    id: "body",
    role: "editor",
    create: () => ({ code: `SR-TEST-${next()}`, name: "Special Rapporteur (test)", kind: "special_procedure" }),
    update: () => ({ treaty: "ICCPR (1966)", version: 1 }),
  },
  {
    path: "cycles",
    id: "cycle",
    role: "editor",
    create: (ids) => ({ stateId: ids.state, bodyId: ids.body, ordinal: 10 + next(), adoptionDate: "2025-07" }),
    update: () => ({ followUpDeadline: "2027-07", version: 1 }),
  },
  {
    path: "documents",
    id: "document",
    role: "editor",
    create: () => ({
      title: `Forum 18 article ${next()}`,
      kind: "news_article",
      date: "2024-04-16",
      url: "https://www.forum18.org/",
    }),
    update: () => ({ url: "https://docs.un.org/en/CCPR/C/KAZ/CO/2", version: 1 }),
  },
  {
    path: "evidence",
    id: "evidence",
    role: "editor",
    create: (ids) => ({
      kind: "court_decision",
      title: "Astana Military Court: Daniil Smal",
      date: "2024-04-16",
      stateId: ids.state,
    }),
    update: () => ({ summary: "Sentenced for refusing military service.", version: 1 }),
  },
  {
    path: "tags",
    id: "tag",
    role: "admin",
    create: () => ({ kind: "theme", name: `Theme ${next()}` }),
    update: () => ({ name: `Renamed theme ${next()}`, version: 1 }),
  },
  {
    path: "institutions",
    id: "institution",
    role: "editor",
    create: (ids) => ({ stateId: ids.state, name: `Ministry of Defence ${next()}`, kind: "ministry" }),
    update: () => ({ kind: "other", version: 1 }),
  },
  {
    path: "cycle-events",
    id: "cycleEvent",
    role: "editor",
    create: (ids) => ({ cycleId: ids.cycle, date: "2027-02-15", title: "NGO submissions for the session due" }),
    update: () => ({ date: "2027-02-20", version: 1 }),
  },
];

const HISTORY: {
  path: string;
  id: keyof FixtureIds;
  create: (ids: FixtureIds) => Record<string, unknown>;
  update: () => Record<string, unknown>;
}[] = [
  {
    path: "responses",
    id: "response",
    create: (ids) => ({
      date: "2024-05",
      stance: "rejects",
      quote: "Military service is a constitutional duty.",
      documentId: ids.document,
    }),
    update: () => ({ notes: "Quoted from the reply.", version: 1 }),
  },
  {
    path: "grades",
    id: "grade",
    create: () => ({ date: "2020-07", grade: "B, C" }),
    update: () => ({ grade: "C", version: 1 }),
  },
  {
    path: "assessments",
    id: "assessment",
    create: (ids) => ({
      date: "2024-04-16",
      status: "regressed",
      rationale: "A conscientious objector was convicted.",
      evidenceIds: [ids.evidence],
    }),
    update: () => ({ rationale: "Convicted on 16 April 2024.", version: 1 }),
  },
];

export const MUTATION_ROUTES: MutationRoute[] = [
  {
    method: "POST",
    path: "/api/v1/recommendations",
    minRole: "editor",
    success: 201,
    body: (ids) => ({
      cycleId: ids.cycle,
      documentId: ids.document,
      paragraph: "47",
      text: "The State party should introduce an alternative civilian service.",
      themes: ["Freedom of thought"],
    }),
  },
  {
    method: "PATCH",
    path: "/api/v1/recommendations/{id}",
    id: "recommendation",
    minRole: "editor",
    success: 200,
    body: () => ({ subject: "Conscientious objection", version: 1 }),
  },
  {
    method: "POST",
    path: "/api/v1/recommendations/{id}/archive",
    id: "recommendation",
    minRole: "admin",
    success: 200,
    body: v1,
  },
  {
    method: "POST",
    path: "/api/v1/recommendations/{id}/restore",
    id: "recommendation",
    minRole: "admin",
    success: 200,
    body: v1,
  },
  ...HISTORY.map((h): MutationRoute => ({
    method: "POST",
    path: `/api/v1/recommendations/{id}/${h.path}`,
    id: "recommendation",
    minRole: "editor",
    success: 201,
    body: h.create,
  })),
  {
    method: "POST",
    path: "/api/v1/recommendations/{id}/evidence",
    id: "recommendation",
    minRole: "editor",
    success: 201,
    body: (ids) => ({ evidenceId: ids.evidence }),
  },
  {
    method: "POST",
    path: "/api/v1/recommendations/{id}/reiterations",
    id: "recommendation",
    minRole: "editor",
    success: 201,
    body: (ids) => ({ earlierId: ids.earlierRecommendation, kind: "reiterates" }),
  },
  { method: "DELETE", path: "/api/v1/reiterations/{id}", id: "reiteration", minRole: "editor", success: 200, body: v1 },
  {
    method: "POST",
    path: "/api/v1/reiterations/{id}/archive",
    id: "reiteration",
    minRole: "editor",
    success: 200,
    body: v1,
  },
  {
    method: "POST",
    path: "/api/v1/reiterations/{id}/restore",
    id: "reiteration",
    minRole: "editor",
    success: 200,
    body: v1,
  },
  {
    method: "POST",
    path: "/api/v1/recommendations/{id}/reiteration-dismissals",
    id: "recommendation",
    minRole: "editor",
    success: 201,
    body: (ids) => ({ earlierId: ids.earlierRecommendation }),
  },
  {
    method: "POST",
    path: "/api/v1/recommendations/{id}/actions",
    id: "recommendation",
    minRole: "editor",
    success: 201,
    body: (ids) => ({
      title: "Draft a law on alternative civilian service",
      institutionIds: [ids.institution],
      dueDate: "2027-06",
      status: "planned",
    }),
  },
  {
    method: "PATCH",
    path: "/api/v1/actions/{id}",
    id: "action",
    minRole: "editor",
    success: 200,
    body: () => ({ status: "in_progress", version: 1 }),
  },
  { method: "POST", path: "/api/v1/actions/{id}/archive", id: "action", minRole: "editor", success: 200, body: v1 },
  { method: "POST", path: "/api/v1/actions/{id}/restore", id: "action", minRole: "editor", success: 200, body: v1 },
  {
    method: "POST",
    path: "/api/v1/actions/{id}/progress",
    id: "action",
    minRole: "editor",
    success: 201,
    body: () => ({ date: "2025-03", note: "The draft law was sent to parliament." }),
  },
  ...HISTORY.flatMap((h): MutationRoute[] => [
    { method: "PATCH", path: `/api/v1/${h.path}/{id}`, id: h.id, minRole: "editor", success: 200, body: h.update },
    { method: "POST", path: `/api/v1/${h.path}/{id}/archive`, id: h.id, minRole: "editor", success: 200, body: v1 },
    { method: "POST", path: `/api/v1/${h.path}/{id}/restore`, id: h.id, minRole: "editor", success: 200, body: v1 },
  ]),
  {
    method: "PATCH",
    path: "/api/v1/me",
    minRole: "viewer",
    success: 200,
    body: () => ({ digest: "daily" }),
    personal: true,
  },
  {
    method: "POST",
    path: "/api/v1/me/follows",
    minRole: "viewer",
    success: 201,
    body: (ids) => ({ recommendationId: ids.recommendation }),
    personal: true,
  },
  {
    method: "DELETE",
    path: "/api/v1/me/follows/{id}",
    minRole: "viewer",
    success: 200,
    body: () => ({}),
    personal: true,
  },
  {
    method: "POST",
    path: "/api/v1/me/notifications/read",
    minRole: "viewer",
    success: 200,
    body: () => ({ all: true }),
    personal: true,
  },
  {
    method: "POST",
    path: "/api/v1/me/calendar-token",
    minRole: "viewer",
    success: 201,
    body: () => ({}),
    personal: true,
  },
  {
    method: "DELETE",
    path: "/api/v1/me/calendar-token",
    minRole: "viewer",
    success: 200,
    body: () => ({}),
    personal: true,
  },
  {
    method: "POST",
    path: "/api/v1/share-links",
    minRole: "viewer",
    success: 201,
    body: (ids) => ({ view: "recommendation", recommendationId: ids.recommendation, frozen: false }),
  },
  // Revoking is the link owner's (or an admin's): tested per user in tests/data/share-links.test.ts.
  {
    method: "POST",
    path: "/api/v1/share-links/{id}/revoke",
    minRole: "viewer",
    success: 200,
    body: () => ({}),
    personal: true,
  },
  ...RESOURCES.flatMap((r): MutationRoute[] => [
    { method: "POST", path: `/api/v1/${r.path}`, minRole: r.role, success: 201, body: r.create },
    { method: "PATCH", path: `/api/v1/${r.path}/{id}`, id: r.id, minRole: r.role, success: 200, body: r.update },
    { method: "POST", path: `/api/v1/${r.path}/{id}/archive`, id: r.id, minRole: r.role, success: 200, body: v1 },
    { method: "POST", path: `/api/v1/${r.path}/{id}/restore`, id: r.id, minRole: r.role, success: 200, body: v1 },
  ]),
];

/** The concrete URL for a route and a fixture. */
export const urlOf = (route: MutationRoute, ids: FixtureIds) =>
  route.id ? route.path.replace("{id}", String(ids[route.id])) : route.path;
