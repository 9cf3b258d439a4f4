/**
 * Server actions are mutations too, reachable by anyone who can POST to a
 * page URL. For every form the UI offers, someone allowed to use it fills it
 * in; the browser's submission is caught before it reaches the server and
 * then replayed, byte for byte, with the cookies of a lower role, with no
 * cookies, and with a forged session cookie. None of those may write (the
 * audit log and the record stay as they were). As a control, the same bytes
 * with the allowed person's cookies do write.
 *
 * Without JavaScript the submission is the progressive-enhancement form post
 * (multipart with React's `$ACTION_…` fields, bound arguments included); with
 * JavaScript it is the fetch with the `Next-Action` header. Both are replayed.
 */
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import type { Role } from "../db/schema/enums";
import { roleFor, type Access } from "../lib/auth/policy";
import {
  auditState,
  RANK,
  ROLES_LOW_TO_HIGH,
  captureSubmission,
  cookie,
  FixtureFactory,
  getJson,
  replay,
  send,
  signedInContext,
  type Caller,
  type Fixture,
  type Submission,
} from "./support/authz";

type Mode = "without JavaScript" | "with JavaScript";
type Case = {
  name: string;
  /** Who sees the form and whose replay must write. */
  allowed: Role;
  /** Roles below it whose replay must not. */
  refused: Role[];
  /** Builds what the form needs; the page to open, and how to read back what the action would change. */
  setup: (kit: Kit) => Promise<{ path: string; read: () => Promise<unknown> }>;
  /** Also replay the JavaScript submission (a representative few: each costs another page load with hydration). */
  js?: boolean;
  /** Fills the form with valid values and clicks its button. */
  submit: (page: Page) => Promise<void>;
};

/** Who may use a form, from the access policy (lib/auth/policy.ts), and the roles below that must not. */
function gate(...access: Access): Pick<Case, "allowed" | "refused"> {
  const allowed = roleFor(...access);
  return { allowed, refused: ROLES_LOW_TO_HIGH.filter((r) => RANK[r] < RANK[allowed]).reverse() };
}

let baseURL: string;
const signedIn: Partial<Record<Role, BrowserContext>> = {};
const storage: Partial<Record<Role, Awaited<ReturnType<BrowserContext["storageState"]>>>> = {};
let admin: Caller;
let fixtures: FixtureFactory;
const RUN = Date.now().toString(36).slice(-5);

test.beforeAll(async ({ browser }, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
  for (const role of ["viewer", "editor", "admin"] as const) {
    signedIn[role] = await signedInContext(browser, role, baseURL);
    storage[role] = await signedIn[role].storageState();
  }
  // The API takes the session cookie too; the admin's reads the audit log and the records.
  admin = cookie(signedIn.admin!, "admin");
  fixtures = await new FixtureFactory(admin, `ACT${RUN.toUpperCase()}`).init();
});

test.afterAll(async () => {
  await Promise.all(Object.values(signedIn).map((c) => c?.close()));
});

const api = (path: string) => () => getJson(admin, path);

/**
 * Records for the forms. One full fixture (state, body, cycle, document,
 * evidence, an earlier recommendation) is shared; each case gets its own
 * fresh target so no case sees another's change.
 */
type Kit = {
  base: () => Promise<Fixture>;
  state: () => Promise<number>;
  tag: () => Promise<number>;
  recommendation: () => Promise<number>;
};
let shared: Promise<Fixture> | undefined;
const kit: Kit = {
  base: () => (shared ??= fixtures.build()),
  state: async () =>
    (
      await created("/api/v1/states", {
        code: fixtures.stateCode(),
        name: `Replay target ${RUN} ${Math.random().toString(36).slice(2, 7)}`,
      })
    ).id,
  tag: async () =>
    (
      await created("/api/v1/tags", {
        kind: "theme",
        name: `Replay theme ${RUN} ${Math.random().toString(36).slice(2, 7)}`,
      })
    ).id,
  recommendation: async () => {
    const f = await kit.base();
    return (
      await created("/api/v1/recommendations", {
        cycleId: f.cycle,
        documentId: f.document,
        paragraph: "46",
        text: "Recognise the right to conscientious objection to military service.",
      })
    ).id;
  },
};
async function created(url: string, body: Record<string, unknown>): Promise<{ id: number }> {
  const r = await send(admin, "POST", url, body);
  expect(r.status, r.text).toBe(201);
  return r.json.data;
}

/** The role /admin shows for a user (null: no such user), read from the admin's server-rendered page. */
async function roleOnAdminPage(email: string): Promise<string | null> {
  const res = await signedIn.admin!.request.get("/admin");
  expect(res.status()).toBe(200);
  const select = new RegExp(
    `<select[^>]*aria-label="Role of ${email.replace(/[.+]/g, "\\$&")}"[^>]*>([\\s\\S]*?)</select>`,
  ).exec(await res.text());
  if (!select) return null;
  return (
    /<option[^>]*selected=""[^>]*value="(\w+)"|<option[^>]*value="(\w+)"[^>]*selected=""/
      .exec(select[1])
      ?.slice(1)
      .find(Boolean) ?? ""
  );
}

/** Opens the disclosure of a workbench section and returns its form. */
async function workbenchForm(page: Page, title: string, key: string) {
  await page.locator("summary").filter({ hasText: title }).click();
  return page.getByTestId(`add-${key}`);
}

let fixture: Fixture;
let target = 0;
const CASES: Case[] = [
  // records/actions.ts — saveRecordAction (create, edit) and setArchivedAction, editor entities and the admin-only tags.
  {
    name: "saveRecordAction: create a state",
    ...gate("state", "create"),
    setup: async () => ({ path: "/records/states/new", read: api("/api/v1/states?per=200&archived=false") }),
    submit: async (page) => {
      await page.getByLabel("ISO code *").fill(fixtures.stateCode());
      await page.getByLabel("Name *").fill(`Replayed state ${RUN}`);
      await page.getByRole("button", { name: "Create" }).click();
    },
  },
  {
    name: "saveRecordAction: edit a state",
    ...gate("state", "update"),
    js: true,
    setup: async (k) => {
      target = await k.state();
      return { path: `/records/states/${target}`, read: api(`/api/v1/states/${target}`) };
    },
    submit: async (page) => {
      await page.getByLabel("Name *").fill(`Renamed by replay ${RUN}`);
      await page.getByRole("button", { name: "Save changes" }).click();
    },
  },
  {
    name: "setArchivedAction: archive a state",
    ...gate("state", "archive"),
    setup: async (k) => {
      target = await k.state();
      return { path: `/records/states/${target}`, read: api(`/api/v1/states/${target}`) };
    },
    submit: (page) => page.getByRole("button", { name: "Archive this state" }).click(),
  },
  {
    name: "saveRecordAction: create a tag (admin only)",
    ...gate("tag", "create"),
    setup: async () => ({ path: "/records/tags/new", read: api("/api/v1/tags?per=200&archived=false") }),
    submit: async (page) => {
      await page.getByLabel("Kind *").selectOption("theme");
      await page.getByLabel("Name *").fill(`Replayed theme ${RUN} ${Math.random().toString(36).slice(2, 7)}`);
      await page.getByRole("button", { name: "Create" }).click();
    },
  },
  {
    name: "saveRecordAction: edit a tag (admin only)",
    ...gate("tag", "update"),
    setup: async (k) => {
      target = await k.tag();
      return { path: `/records/tags/${target}`, read: api(`/api/v1/tags/${target}`) };
    },
    submit: async (page) => {
      await page.getByLabel("Name *").fill(`Renamed theme ${RUN} ${target}`);
      await page.getByRole("button", { name: "Save changes" }).click();
    },
  },
  {
    name: "setArchivedAction: archive a tag (admin only)",
    ...gate("tag", "archive"),
    js: true,
    setup: async (k) => {
      target = await k.tag();
      return { path: `/records/tags/${target}`, read: api(`/api/v1/tags/${target}`) };
    },
    submit: (page) => page.getByRole("button", { name: "Archive this tag" }).click(),
  },
  // recommendations/actions.ts
  {
    name: "createRecommendationAction",
    ...gate("recommendation", "create"),
    setup: async (k) => {
      fixture = await k.base();
      return { path: "/recommendations/new", read: api(`/api/v1/recommendations?per=200&state=${fixture.stateCode}`) };
    },
    submit: async (page) => {
      await page.getByLabel("Review cycle *").selectOption(String(fixture.cycle));
      await page
        .getByLabel("Text of the recommendation *")
        .fill("Adopt a law on alternative civilian service of a genuinely civilian character.");
      await page.getByRole("button", { name: "Create recommendation" }).click();
    },
  },
  {
    name: "updateRecommendationAction",
    ...gate("recommendation", "update"),
    setup: async (k) => {
      target = await k.recommendation();
      return { path: `/recommendations/${target}/edit`, read: api(`/api/v1/recommendations/${target}`) };
    },
    submit: async (page) => {
      await page.getByLabel("Subject").fill("Conscientious objection");
      await page.getByRole("button", { name: "Save changes" }).click();
    },
  },
  {
    // The editor sees this button too, but archiving a recommendation is the admin's (API and data layer).
    name: "setRecommendationArchivedAction: archive",
    ...gate("recommendation", "archive"),
    setup: async (k) => {
      target = await k.recommendation();
      return { path: `/recommendations/${target}`, read: api(`/api/v1/recommendations/${target}`) };
    },
    submit: (page) => page.getByTestId("editor-controls").getByRole("button", { name: "Archive" }).click(),
  },
  {
    name: "setRecommendationArchivedAction: restore",
    ...gate("recommendation", "restore"),
    setup: async (k) => {
      target = await k.recommendation();
      const url = `/api/v1/recommendations/${target}`;
      const archived = await send(admin, "POST", `${url}/archive`, { version: 1 });
      expect(archived.status, archived.text).toBe(200);
      return { path: `/recommendations/${target}`, read: api(url) };
    },
    submit: (page) => page.getByTestId("editor-controls").getByRole("button", { name: "Restore" }).click(),
  },
  ...(
    [
      {
        key: "response",
        access: ["response", "create"],
        title: "Add a state response",
        fill: async (form) => {
          await form.getByLabel("Date *").fill("2025-06-30");
          await form.getByLabel("Stance *").selectOption("accepts");
          await form.getByLabel("Quote").fill("A draft law is under consideration.");
          await form.getByRole("button", { name: "Record response" }).click();
        },
      },
      {
        key: "assessment",
        access: ["assessment", "create"],
        title: "Add an assessment",
        fill: async (form) => {
          await form.getByLabel("Date *").fill("2025-07");
          await form.getByLabel("Status *").selectOption("partially_implemented");
          await form.getByLabel("Rationale *").fill("A draft law exists but has not been adopted.");
          await form.getByLabel("Evidence it rests on").selectOption([String(fixture.evidence)]);
          await form.getByRole("button", { name: "Record assessment" }).click();
        },
      },
      {
        key: "grade",
        access: ["grade", "create"],
        title: "Add a follow-up grade",
        fill: async (form) => {
          await form.getByLabel("Date *").fill("2025-08");
          await form.getByLabel("Grade as written *").fill("B1");
          await form.getByRole("button", { name: "Record grade" }).click();
        },
      },
      {
        key: "evidence",
        access: ["evidence", "attach"],
        title: "Add new evidence",
        fill: async (form) => {
          await form.getByLabel("Kind *").selectOption("court_decision");
          await form.getByLabel("Title *").fill("Astana Military Court: conviction of a conscientious objector");
          await form.getByRole("button", { name: "Record evidence" }).click();
        },
      },
      {
        key: "linkEvidence",
        access: ["evidence", "attach"],
        title: "Attach existing evidence",
        fill: async (form) => {
          await form.getByLabel("Evidence item *").selectOption(String(fixture.evidence));
          await form.getByRole("button", { name: "Attach" }).click();
        },
      },
      {
        key: "reiteration",
        access: ["reiteration", "create"],
        title: "Link an earlier recommendation it repeats",
        fill: async (form) => {
          // The picker is a text box without JavaScript: the one recommendation it matches is taken.
          await form.getByLabel("Earlier recommendation *").fill("Earlier recommendation");
          await form.getByLabel("Link *").selectOption("reiterates");
          await form.getByRole("button", { name: "Save link" }).click();
        },
      },
    ] satisfies {
      key: string;
      access: Access;
      title: string;
      fill: (form: ReturnType<Page["getByTestId"]>) => Promise<void>;
    }[]
  ).map((adder): Case => ({
    name: `addToRecommendationAction: ${adder.key}`,
    ...gate(...adder.access),
    js: adder.key === "response",
    setup: async (k) => {
      fixture = await k.base();
      target = await k.recommendation();
      return { path: `/recommendations/${target}`, read: api(`/api/v1/recommendations/${target}`) };
    },
    submit: async (page) => adder.fill(await workbenchForm(page, adder.title, adder.key)),
  })),
  // admin/actions.ts
  {
    name: "createUserAction",
    ...gate("user", "create"),
    js: true,
    setup: async () => {
      const email = `replayed-${RUN}-${Math.random().toString(36).slice(2, 7)}@e2e.test`;
      userEmail = email;
      return { path: "/admin", read: () => roleOnAdminPage(email) };
    },
    submit: async (page) => {
      const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add user" }) });
      await form.getByLabel("Email").fill(userEmail);
      await form.getByLabel("Name").fill("Replayed Person");
      await form.getByLabel("Role").selectOption("viewer");
      await form.getByLabel("Password").fill("replayed-password");
      await form.getByRole("button", { name: "Add user" }).click();
    },
  },
  {
    name: "updateUserAction",
    ...gate("user", "update"),
    setup: async () => {
      // The user the previous case's control created is a viewer; the form makes them an editor.
      expect(await roleOnAdminPage(userEmail)).toBe("viewer");
      return { path: "/admin", read: () => roleOnAdminPage(userEmail) };
    },
    submit: async (page) => {
      await page.getByLabel(`Role of ${userEmail}`, { exact: true }).selectOption("editor");
      await page.getByRole("row").filter({ hasText: userEmail }).getByRole("button", { name: "Save" }).click();
    },
  },
];
let userEmail = "";

/** Replays with nobody's cookies, with a session cookie that decodes to nobody, and with each lower role's. */
async function refusedReplays(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  c: Case,
  s: Submission,
) {
  const stranger = await playwright.request.newContext({ baseURL });
  try {
    const attempts: [string, Promise<Awaited<ReturnType<typeof replay>>>][] = [
      ["no cookies", replay(stranger, s)],
      ["forged session cookie", replay(stranger, s, { cookie: "next-auth.session-token=forged.not-a-jwt" })],
      ...c.refused.map((role): [string, Promise<Awaited<ReturnType<typeof replay>>>] => [
        role,
        replay(signedIn[role]!.request, s),
      ]),
    ];
    return await Promise.all(attempts.map(async ([who, reply]) => ({ who, ...(await reply) })));
  } finally {
    await stranger.dispose();
  }
}

for (const mode of ["without JavaScript", "with JavaScript"] as Mode[]) {
  test.describe(mode, () => {
    test.describe.configure({ mode: "serial" });
    for (const c of CASES.filter((x) => mode === "without JavaScript" || x.js)) {
      test(`${c.name}: refused for ${["signed out", ...c.refused].join(", ")}; written for ${c.allowed}`, async ({
        browser,
        playwright,
      }) => {
        const { path, read } = await c.setup(kit);
        const context = await browser.newContext({
          baseURL,
          storageState: storage[c.allowed],
          javaScriptEnabled: mode === "with JavaScript",
        });
        let submission: Submission;
        try {
          const page = await context.newPage();
          await page.goto(path);
          // With JavaScript, wait for React to take over the form, or the click would still post it natively.
          if (mode === "with JavaScript") {
            await page.waitForFunction(
              () =>
                document.forms.length > 0 &&
                [...document.forms].every((f) => Object.keys(f).some((k) => k.startsWith("__reactFiber"))),
            );
          }
          submission = await captureSubmission(page, () => c.submit(page));
        } finally {
          await context.close();
        }
        const body = submission.body.toString("utf8");
        if (mode === "without JavaScript") {
          expect(submission.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
          expect(body, "the progressive-enhancement fields React rendered").toMatch(/name="\$ACTION_(REF_\d+|ID_\w+)"/);
          expect(submission.headers["next-action"], "a native post, not the JavaScript fetch").toBeUndefined();
        } else {
          expect(submission.headers["next-action"], "the fetch that names the server action").toMatch(
            /^[0-9a-f]{40,}$/,
          );
        }

        const [auditBefore, before] = await Promise.all([auditState(admin), read()]);
        const replies = await refusedReplays(playwright, c, submission);
        test.info().annotations.push({ type: "refused replays", description: JSON.stringify(replies) });
        const [auditAfter, after] = await Promise.all([auditState(admin), read()]);
        expect(auditAfter.total, `no audit entry from the refused replays ${JSON.stringify(replies)}`).toBe(
          auditBefore.total,
        );
        expect(after, `nothing changed after the refused replays ${JSON.stringify(replies)}`).toEqual(before);
        // A refusal may not look like success: no redirect to the saved record.
        for (const r of replies)
          expect(r.location ?? "", `${r.who} is not sent on to a saved record`).not.toMatch(/created=1|saved=1/);
        if (mode === "with JavaScript") {
          // Past the sign-in gate the action itself ran and answered with an error, not a success.
          for (const r of replies.filter((x) => x.who !== "no cookies"))
            expect(r.result, `${r.who}: ${JSON.stringify(r)}`).toBe("error");
        }

        // Control: the very same bytes with the allowed person's cookies do write.
        const control = await replay(signedIn[c.allowed]!.request, submission);
        const [auditControl, changed] = await Promise.all([auditState(admin), read()]);
        expect(
          auditControl.total,
          `the control replay by ${c.allowed} wrote an audit entry: ${JSON.stringify(control)}`,
        ).toBeGreaterThan(auditBefore.total);
        expect(auditControl.latest?.userEmail).toBe(`${c.allowed}@e2e.test`);
        expect(auditControl.latest?.changes.length, "with its diff").toBeGreaterThan(0);
        expect(changed, "and changed the record").not.toEqual(before);
      });
    }
  });
}
