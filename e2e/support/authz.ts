/**
 * Helpers for the authorisation specs: API tokens from the users CLI, callers
 * (Bearer token, session cookie, nobody), the audit log's size, and records
 * built through the API as an admin so each check runs on rows nobody else uses.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { getAlpha3Codes } from "i18n-iso-countries";
import type { Role } from "../../db/schema/enums";
import type { FixtureIds } from "../../tests/api/mutation-routes";
import { signIn, USERS } from "../support";

export const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };
export const ROLES_LOW_TO_HIGH: Role[] = ["viewer", "editor", "admin"];

// scripts/e2e.sh runs Playwright from the project root.
const ROOT = process.cwd();
const run = promisify(execFile);

/**
 * One API token per role, issued by `npm run users -- token` against the test
 * database (the token is the last line it prints). The CLIs run side by side:
 * SQLite's busy timeout serialises their writes.
 */
export async function issueTokens(): Promise<Record<Role, string>> {
  const env = { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH ?? "data/e2e/tracker.db" };
  const tokens = await Promise.all(
    ROLES_LOW_TO_HIGH.map(async (role) => {
      const { stdout } = await run(
        process.execPath,
        // As `npm run users` runs it (package.json): the data layer it loads is server code.
        [
          "--conditions=react-server",
          "--import",
          "tsx",
          "scripts/users.ts",
          "token",
          "--email",
          USERS[role].email,
          "--label",
          "authz e2e",
        ],
        { cwd: ROOT, env },
      );
      const token = stdout.trim().split("\n").at(-1)!.trim();
      expect(token, `token for ${role}`).toMatch(/^\S{20,}$/);
      return [role, token] as const;
    }),
  );
  return Object.fromEntries(tokens) as Record<Role, string>;
}

/** A browser context signed in through the real login form; its `request` carries the session cookie. */
export async function signedInContext(browser: Browser, role: Role, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  // A light page to land on: the dashboard is the slowest page to render on a busy machine.
  await signIn(page, role, "/records");
  await page.close();
  return context;
}

/** Someone calling the API: how they prove who they are, and who that is. */
export type Caller = {
  label: string;
  /** null: not signed in (no credentials, or credentials that match nobody). */
  role: Role | null;
  email: string | null;
  request: APIRequestContext;
  headers: Record<string, string>;
};

export const bearer = (request: APIRequestContext, role: Role, token: string): Caller => ({
  label: `${role} (Bearer token)`,
  role,
  email: USERS[role].email,
  request,
  headers: { authorization: `Bearer ${token}` },
});
export const cookie = (context: BrowserContext, role: Role): Caller => ({
  label: `${role} (session cookie)`,
  role,
  email: USERS[role].email,
  request: context.request,
  headers: {},
});
export const nobody = (request: APIRequestContext, label: string, headers: Record<string, string> = {}): Caller => ({
  label,
  role: null,
  email: null,
  request,
  headers,
});

// The answer's JSON is whatever the route sent; each test asserts the shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reply = { status: number; json: any; text: string };

/** One JSON request; redirects are not followed so a refusal cannot hide behind one. */
export async function send(
  caller: Caller,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await caller.request.fetch(url, {
    method,
    headers: { ...caller.headers, ...headers },
    ...(body === undefined
      ? {}
      : typeof body === "string" || Buffer.isBuffer(body)
        ? { data: body }
        : { data: body as object }),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status(), json, text };
}

/** GET as `caller`, expecting 200; the parsed body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as Reply.json above
export async function getJson(caller: Caller, url: string): Promise<any> {
  const r = await send(caller, "GET", url);
  expect(r.status, `GET ${url}: ${r.text.slice(0, 300)}`).toBe(200);
  return r.json;
}

export type AuditEntry = {
  id: number;
  userEmail: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  changes: { field: string }[];
};

/** How many audit entries there are, and the newest one (read through the API as an admin). */
export async function auditState(admin: Caller): Promise<{ total: number; latest: AuditEntry | undefined }> {
  const body = await getJson(admin, "/api/v1/audit?per=1");
  return { total: body.total, latest: body.data[0] };
}

/** POST as the admin, expecting 201; the created record. */
async function create(
  admin: Caller,
  url: string,
  body: Record<string, unknown>,
): Promise<{ id: number } & Record<string, unknown>> {
  const r = await send(admin, "POST", url, body);
  expect(r.status, `POST ${url} ${JSON.stringify(body)}: ${r.text.slice(0, 300)}`).toBe(201);
  return r.json.data;
}

export type Fixture = FixtureIds & { stateCode: string; laterRecommendation: number };

/**
 * State codes for fixtures come from the end of the ISO list (the example
 * bodies of MUTATION_ROUTES take theirs from the start), skipping any state
 * the database already has.
 */
export class FixtureFactory {
  private codes: string[] = [];
  private n = 0;
  constructor(
    private admin: Caller,
    private tag: string,
  ) {}

  async init() {
    const taken = new Set<string>();
    for (const archived of ["false", "true"]) {
      for (let page = 1; ; page++) {
        const list = await getJson(this.admin, `/api/v1/states?per=200&page=${page}&archived=${archived}`);
        for (const s of list.data as { code: string }[]) taken.add(s.code);
        if (list.data.length < 200) break;
      }
    }
    this.codes = Object.keys(getAlpha3Codes())
      .sort()
      .reverse()
      .filter((c) => !taken.has(c));
    return this;
  }

  /** An ISO code no state in the database has yet. */
  stateCode(): string {
    const code = this.codes.shift();
    if (!code) throw new Error("out of unused ISO codes for fixture states");
    return code;
  }

  /**
   * The same set of records as tests/api/support.ts makeFixture, made over
   * HTTP: every row at version 1, each level of dependencies in parallel.
   */
  async build(): Promise<Fixture> {
    const n = ++this.n;
    const code = this.stateCode();
    const a = this.admin;
    const label = `${this.tag} ${n}`;
    const [state, body, evidence, tag] = await Promise.all([
      create(a, "/api/v1/states", { code, name: `Fixture state ${label}` }),
      create(a, "/api/v1/bodies", {
        code: `AZ-${this.tag.toUpperCase()}-${n}`,
        name: `Fixture body ${label}`,
        kind: "treaty_body",
      }),
      create(a, "/api/v1/evidence", { kind: "law", title: `Fixture law ${label}` }),
      create(a, "/api/v1/tags", { kind: "theme", name: `Fixture theme ${label}` }),
    ]);
    const cycle = await create(a, "/api/v1/cycles", {
      stateId: state.id,
      bodyId: body.id,
      ordinal: 1,
      adoptionDate: "2016-07",
    });
    const document = await create(a, "/api/v1/documents", {
      title: `Fixture report ${label}`,
      kind: "other",
      date: "2016-08-09",
      cycleId: cycle.id,
    });
    const [earlier, recommendation, linkedA, linkedB] = await Promise.all([
      create(a, "/api/v1/recommendations", { cycleId: cycle.id, text: "Earlier recommendation." }),
      create(a, "/api/v1/recommendations", {
        cycleId: cycle.id,
        documentId: document.id,
        paragraph: "46",
        text: "Recognise conscientious objection.",
      }),
      create(a, "/api/v1/recommendations", { cycleId: cycle.id, text: "Linked A." }),
      create(a, "/api/v1/recommendations", { cycleId: cycle.id, text: "Linked B." }),
    ]);
    const rec = `/api/v1/recommendations/${recommendation.id}`;
    const [reiteration, response, grade, assessment] = await Promise.all([
      create(a, `/api/v1/recommendations/${linkedB.id}/reiterations`, { earlierId: linkedA.id }),
      create(a, `${rec}/responses`, { date: "2018", stance: "partially_accepts" }),
      create(a, `${rec}/grades`, { date: "2019", grade: "B2" }),
      create(a, `${rec}/assessments`, { date: "2020", status: "not_implemented", rationale: "No law." }),
    ]);
    const institution = await create(a, "/api/v1/institutions", {
      stateId: state.id,
      name: `Ministry ${label}`,
      kind: "ministry",
    });
    const cycleEvent = await create(a, "/api/v1/cycle-events", {
      cycleId: cycle.id,
      date: "2027-02",
      title: "NGO submissions due",
    });
    const action = await create(a, `${rec}/actions`, {
      title: "Draft a law",
      institutionIds: [institution.id],
      status: "planned",
    });
    return {
      state: state.id,
      body: body.id,
      cycle: cycle.id,
      document: document.id,
      recommendation: recommendation.id,
      earlierRecommendation: earlier.id,
      evidence: evidence.id,
      tag: tag.id,
      response: response.id,
      grade: grade.id,
      assessment: assessment.id,
      reiteration: reiteration.id,
      institution: institution.id,
      action: action.id,
      cycleEvent: cycleEvent.id,
      stateCode: code,
      laterRecommendation: linkedB.id,
    };
  }
}

const COLLECTION_OF: Record<keyof FixtureIds, string> = {
  state: "states",
  body: "bodies",
  cycle: "cycles",
  document: "documents",
  recommendation: "recommendations",
  earlierRecommendation: "recommendations",
  evidence: "evidence",
  tag: "tags",
  response: "responses",
  grade: "grades",
  assessment: "assessments",
  reiteration: "recommendations",
  institution: "institutions",
  action: "actions",
  cycleEvent: "cycle-events",
};

/**
 * Where to read what a mutation would change: the record itself; for a
 * reiteration link, the recommendation whose chain shows it; for a create,
 * the collection (both live and archived rows).
 */
export function readBackUrls(route: { path: string; id?: keyof FixtureIds }, f: Fixture): string[] {
  if (!route.id) {
    const collection = route.path.replace(/\?.*$/, "");
    return route.path === "/api/v1/recommendations"
      ? [`${collection}?per=200`]
      : [`${collection}?per=200&archived=false`, `${collection}?per=200&archived=true`];
  }
  if (route.id === "reiteration") return [`/api/v1/recommendations/${f.laterRecommendation}`];
  return [`/api/v1/${COLLECTION_OF[route.id]}/${f[route.id]}`];
}

/** The JSON of every read-back URL, to compare before and after a call. */
export async function snapshot(admin: Caller, urls: string[]): Promise<unknown[]> {
  return Promise.all(urls.map((u) => getJson(admin, u)));
}

/** A form submission as the browser sent it: URL, headers and the exact body bytes. */
export type Submission = { url: string; headers: Record<string, string>; body: Buffer };

/**
 * Runs `submit` (fill and click) and catches the POST it sends to the page's
 * own URL, answering it with 204 so it never reaches the server. Without
 * JavaScript this is the native multipart form post with React's hidden
 * `$ACTION_REF_n` / `$ACTION_n:k` / `$ACTION_KEY` fields; with JavaScript it is
 * the fetch carrying the `Next-Action` header.
 */
export async function captureSubmission(page: Page, submit: () => Promise<void>): Promise<Submission> {
  const path = new URL(page.url()).pathname;
  let resolve!: (s: Submission) => void;
  const caught = new Promise<Submission>((r) => (resolve = r));
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const req = route.request();
      if (req.method() !== "POST") return route.continue();
      resolve({ url: req.url(), headers: await req.allHeaders(), body: req.postDataBuffer() ?? Buffer.alloc(0) });
      await route.fulfill({ status: 204 });
    },
  );
  await submit();
  const submission = await caught;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return submission;
}

/** Headers that belong to the connection or to whoever sent it, not to the form. */
const NOT_REPLAYED = new Set(["cookie", "content-length", "host", "connection"]);

/** Sends a captured submission again, byte for byte, with the cookies of `request` (and any extra headers). */
export async function replay(request: APIRequestContext, s: Submission, extra: Record<string, string> = {}) {
  const headers = Object.fromEntries(
    Object.entries(s.headers).filter(([k]) => !NOT_REPLAYED.has(k.toLowerCase()) && !k.startsWith(":")),
  );
  const res = await request.post(s.url, {
    headers: { ...headers, ...extra },
    data: s.body,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const text = await res.text();
  // What the page said, for failure messages: the form's message and field errors.
  const said = [...text.matchAll(/data-testid="(?:form-message|error-\w+)"[^>]*>([^<]+)</g)].map((m) => m[1]);
  // A JavaScript submission is answered with the action's result in the RSC payload: {"status":"error","message":…}.
  const result =
    /"status":"(idle|success|error|conflict)"/.exec(
      res.headers()["content-type"]?.includes("text/x-component") ? text : "",
    )?.[1] ?? null;
  return { status: res.status(), location: res.headers().location ?? null, said, result };
}
