/**
 * The authorisation matrix over real HTTP against the production server:
 * every mutation of /api/v1 (tests/api/mutation-routes.ts, kept complete by
 * tests/api/registry.test.ts) × signed out, viewer, editor, admin — with
 * Bearer tokens from the users CLI and with the session cookie of a browser
 * that signed in through the login form. A refused call must leave the
 * record and the audit log exactly as they were; an allowed one must change
 * the record and add an audit entry with its diff, in the caller's name.
 */
import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { MUTATION_ROUTES, urlOf, type MutationRoute } from "../tests/api/mutation-routes";
import {
  auditState,
  bearer,
  cookie,
  FixtureFactory,
  issueTokens,
  nobody,
  RANK,
  readBackUrls,
  send,
  signedInContext,
  snapshot,
  type Caller,
  type Fixture,
} from "./support/authz";

let api: APIRequestContext;
let contexts: BrowserContext[] = [];
let admin: Caller;
let callers: Record<
  | "signedOut"
  | "wrongToken"
  | "viewerToken"
  | "viewerCookie"
  | "editorToken"
  | "editorCookie"
  | "adminToken"
  | "adminCookie",
  Caller
>;
let fixtures: FixtureFactory;
/** Differs between workers, so a retry in a new worker does not reuse a code or name the first attempt created. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();

test.beforeAll(async ({ playwright, browser }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  api = await playwright.request.newContext({ baseURL });
  const signIns = (async () => {
    const out: BrowserContext[] = [];
    for (const role of ["viewer", "editor", "admin"] as const) out.push(await signedInContext(browser, role, baseURL));
    return out;
  })();
  const [tokens, [viewerCtx, editorCtx, adminCtx]] = await Promise.all([issueTokens(), signIns]);
  contexts = [viewerCtx, editorCtx, adminCtx];
  callers = {
    signedOut: nobody(api, "signed out (no credentials)"),
    wrongToken: nobody(api, "signed out (a Bearer token that matches nobody)", {
      authorization: `Bearer ${"x".repeat(43)}`,
    }),
    viewerToken: bearer(api, "viewer", tokens.viewer),
    viewerCookie: cookie(viewerCtx, "viewer"),
    editorToken: bearer(api, "editor", tokens.editor),
    editorCookie: cookie(editorCtx, "editor"),
    adminToken: bearer(api, "admin", tokens.admin),
    adminCookie: cookie(adminCtx, "admin"),
  };
  admin = callers.adminToken;
  fixtures = await new FixtureFactory(admin, `API${RUN}`).init();
});

test.afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await api?.dispose();
});

/** Who is refused, in the order they try; both kinds of credentials for every role below the minimum. */
function refusedCallers(route: MutationRoute): Caller[] {
  const below = [callers.viewerToken, callers.viewerCookie, callers.editorToken, callers.editorCookie].filter(
    (c) => RANK[c.role!] < RANK[route.minRole],
  );
  return [callers.signedOut, callers.wrongToken, ...below];
}

/** Who is allowed: the editor with a token, the admin with a session cookie (each on its own untouched records). */
function allowedCallers(route: MutationRoute): Caller[] {
  return [callers.editorToken, callers.adminCookie].filter((c) => RANK[c.role!] >= RANK[route.minRole]);
}

/**
 * The example bodies number their codes and names from 1 in every worker;
 * codes and tag names are unique, so make them unique to this worker too
 * (a state code must stay a real ISO code that is still free).
 */
function freshen(route: MutationRoute, body: Record<string, unknown>): Record<string, unknown> {
  const out = { ...body };
  if (typeof out.code === "string")
    out.code = /^[A-Z]{3}$/.test(out.code) ? fixtures.stateCode() : `${out.code}-${RUN}`.slice(0, 20);
  if (route.path.startsWith("/api/v1/tags") && typeof out.name === "string") out.name = `${out.name} ${RUN}`;
  return out;
}

/** Records for one call, and the body that would succeed on them (a restore needs an archived record first). */
async function prepare(route: MutationRoute): Promise<{ f: Fixture; url: string; body: Record<string, unknown> }> {
  const f = await fixtures.build();
  const url = urlOf(route, f);
  let body = freshen(route, route.body(f));
  if (route.path.endsWith("/restore")) {
    const archived = await send(admin, "POST", url.replace(/restore$/, "archive"), { version: 1 });
    expect(archived.status, archived.text).toBe(200);
    body = { version: 2 };
  }
  return { f, url, body };
}

/**
 * Every refused caller sends the same request at once; then the record and
 * the audit log are read back. The audit count only ever grows, so an equal
 * count proves none of the refused calls wrote anything.
 */
async function expectRefused(
  route: MutationRoute,
  refused: Caller[],
  url: string,
  body: Record<string, unknown>,
  readBack: string[],
) {
  const [auditBefore, before] = await Promise.all([auditState(admin), snapshot(admin, readBack)]);
  const replies = await Promise.all(refused.map((caller) => send(caller, route.method, url, body)));
  const got = refused.map((caller, i) => ({
    caller: caller.label,
    status: replies[i].status,
    code: replies[i].json?.error?.code ?? replies[i].text.slice(0, 200),
  }));
  const want = refused.map((caller) => ({
    caller: caller.label,
    status: caller.role === null ? 401 : 403,
    code: expect.any(String),
  }));
  expect(got, `${route.method} ${url}`).toEqual(want);
  const [auditAfter, after] = await Promise.all([auditState(admin), snapshot(admin, readBack)]);
  expect(auditAfter.total, `no audit entry for any refused call (${refused.map((c) => c.label).join(", ")})`).toBe(
    auditBefore.total,
  );
  expect(after, `${readBack.join(", ")} unchanged after the refused calls`).toEqual(before);
}

async function expectAllowed(
  route: MutationRoute,
  caller: Caller,
  url: string,
  body: Record<string, unknown>,
  readBack: string[],
) {
  const [auditBefore, before] = await Promise.all([auditState(admin), snapshot(admin, readBack)]);
  const res = await send(caller, route.method, url, body);
  expect(res.status, `${route.method} ${url} as ${caller.label}: ${res.text.slice(0, 300)}`).toBe(route.success);
  const [auditAfter, after] = await Promise.all([auditState(admin), snapshot(admin, readBack)]);
  expect(auditAfter.total, `the call by ${caller.label} is in the audit log`).toBeGreaterThan(auditBefore.total);
  expect(auditAfter.latest?.userEmail, "the audit entry names who made the change").toBe(caller.email);
  expect(
    auditAfter.latest?.changes.length,
    `the audit entry carries a diff: ${JSON.stringify(auditAfter.latest)}`,
  ).toBeGreaterThan(0);
  expect(after, `${readBack.join(", ")} changed by the allowed call`).not.toEqual(before);
}

// The caller's own settings (/api/v1/me…) have no records of others to protect: e2e/watch.write.spec.ts covers them.
for (const route of MUTATION_ROUTES.filter((r) => !r.personal)) {
  test(`${route.method} ${route.path}: 401 signed out, 403 below ${route.minRole}, ${route.success} at or above it`, async () => {
    const allowed = allowedCallers(route);
    // Each allowed caller gets its own untouched records; the refused ones try the first set.
    const prepared = await Promise.all(allowed.map(() => prepare(route)));
    // The refused callers send exactly the body that the allowed caller then sends successfully.
    await expectRefused(
      route,
      refusedCallers(route),
      prepared[0].url,
      prepared[0].body,
      readBackUrls(route, prepared[0].f),
    );
    for (const [i, caller] of allowed.entries()) {
      const { f, url, body } = prepared[i];
      await expectAllowed(route, caller, url, body, readBackUrls(route, f));
    }
  });
}

test("the body is checked after the role and before anything is written: 415, 413, 400 with fields, 409 on a stale version", async () => {
  const editor = callers.editorToken;
  const f = await fixtures.build();
  const recUrl = `/api/v1/recommendations/${f.recommendation}`;
  const readBack = [recUrl, "/api/v1/recommendations?per=200"];
  const auditBefore = await auditState(admin);
  const before = await snapshot(admin, readBack);

  const form = await send(editor, "PATCH", recUrl, "subject=Conscientious+objection&version=1", {
    "content-type": "application/x-www-form-urlencoded",
  });
  expect(form.status, form.text).toBe(415);
  expect(form.json.error.code).toBe("unsupported_media_type");

  const huge = JSON.stringify({ cycleId: f.cycle, text: "x".repeat(1_100_000) });
  const tooLarge = await send(editor, "POST", "/api/v1/recommendations", huge, { "content-type": "application/json" });
  expect(tooLarge.status, tooLarge.text.slice(0, 300)).toBe(413);
  expect(tooLarge.json.error.code).toBe("too_large");

  const invalid = await send(editor, "POST", "/api/v1/recommendations", { cycleId: "the second one", text: "" });
  expect(invalid.status, invalid.text).toBe(400);
  expect(Object.keys(invalid.json.error.fields ?? {}), "a message per bad field").toEqual(
    expect.arrayContaining(["cycleId", "text"]),
  );

  const brokenJson = await send(editor, "PATCH", recUrl, '{"subject": ', { "content-type": "application/json" });
  expect(brokenJson.status, brokenJson.text).toBe(400);

  // The role is checked before the body: a viewer's and a stranger's bad bodies are refused for who they are.
  const viewerForm = await send(callers.viewerToken, "PATCH", recUrl, "subject=x", { "content-type": "text/plain" });
  expect(viewerForm.status, viewerForm.text).toBe(403);
  const strangerHuge = await send(callers.signedOut, "POST", "/api/v1/recommendations", huge, {
    "content-type": "application/json",
  });
  expect(strangerHuge.status, strangerHuge.text.slice(0, 300)).toBe(401);

  expect((await auditState(admin)).total, "no refused body reached the audit log").toBe(auditBefore.total);
  expect(await snapshot(admin, readBack), "nothing changed").toEqual(before);

  // Two edits from the same version: the first wins, the second gets 409 with the record as it now is.
  const first = await send(editor, "PATCH", recUrl, { subject: "Alternative civilian service", version: 1 });
  expect(first.status, first.text).toBe(200);
  const second = await send(callers.adminCookie, "PATCH", recUrl, { subject: "Conscientious objection", version: 1 });
  expect(second.status, second.text).toBe(409);
  expect(second.json.error.current).toMatchObject({
    id: f.recommendation,
    version: 2,
    subject: "Alternative civilian service",
  });
  const after = await auditState(admin);
  expect(after.total, "only the first edit is in the audit log").toBe(auditBefore.total + 1);
  expect(after.latest).toMatchObject({
    entity: "recommendation",
    entityId: f.recommendation,
    userEmail: "editor@e2e.test",
  });
  expect(after.latest?.changes).toEqual([
    expect.objectContaining({ field: "subject", after: "Alternative civilian service" }),
  ]);
  const rec = (await snapshot(admin, [recUrl]))[0] as { data: { subject: string; version: number } };
  expect(rec.data).toMatchObject({ subject: "Alternative civilian service", version: 2 });
});
