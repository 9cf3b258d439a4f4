import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, watchForViolations } from "./support";

/*
 * The public portal, share links and embeds, tried signed out as a donor or a journalist
 * would; an admin's browser plants and publishes data beside it.
 */

async function screens(page: Page, name: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px overflows`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const signedOut = async (browser: Browser) => (await browser.newContext()).newPage();

async function admin(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "admin");
  return page;
}

async function json<T>(res: { status(): number; json(): Promise<unknown> }, status: number): Promise<T> {
  expect(res.status()).toBe(status);
  return ((await res.json()) as { data: T }).data;
}

test("signed out: /public shows Kazakhstan on the map and in the list, its page, and the founding story", async ({
  browser,
}) => {
  const page = await signedOut(browser);
  await page.goto("/login");
  await page.getByRole("link", { name: "Browse the public portal — no account needed" }).click();
  await expect(page).toHaveURL(/\/public$/);
  await expect(page.getByTestId("public-states")).toContainText("Kazakhstan");
  const country = page.getByTestId("outstanding-map").locator('a[data-state="KAZ"]');
  await expect(country).toHaveAttribute("href", "/public/states/KAZ");
  await expect(country).toHaveAccessibleName(/^Kazakhstan: \d+ of \d+ recommendations outstanding$/);
  await country.focus();
  await expect(country).toBeFocused();
  await page.getByText("The map as a table").click();
  await expect(page.getByTestId("map-table")).toContainText("Kazakhstan");
  await expect(page.getByTestId("kpi-total-value")).not.toHaveText("0");
  await screens(page, "public-overview");

  await page.getByTestId("public-states").getByRole("link", { name: "Kazakhstan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kazakhstan" })).toBeVisible();
  await expect(page.getByTestId("dashboard")).toBeVisible();
  await expect(page.getByTestId("story-timeline")).toHaveCount(0);
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toContain("/public/states/KAZ/opengraph-image");
  const image = await page.request.get(og!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  await screens(page, "public-state");

  await page.goto("/public/recommendations?state=KAZ&q=alternative");
  await page
    .getByTestId("results")
    .getByRole("link", { name: /^Conscientious objection and alternative civilian service/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/public\/recommendations\/\d+$/);
  await expect(page.getByTestId("outstanding-since")).toHaveText("Outstanding since 2011");
  await expect(page.getByTestId("story-timeline")).toContainText("CCPR/C/KAZ/CO/1");
  // No staff names, no way into the workspace.
  await expect(page.locator('a[href^="/recommendations"], a[href^="/states"], a[href^="/bodies"]')).toHaveCount(0);
  await screens(page, "public-story");

  const robots = await page.request.get("/robots.txt");
  expect(await robots.text()).toMatch(/^Allow: \/public$/m);
});

test("a recommendation of an unpublished state is nowhere public until published, and gone again after", async ({
  browser,
}) => {
  const editor = await admin(browser);
  const bodies = await json<{ id: number; code: string }[]>(await editor.request.get("/api/v1/bodies?q=CCPR"), 200);
  const ccpr = bodies.find((b) => b.code === "CCPR")!;
  // MNG may exist already, unpublished — as a recommending state of the demo, or as a state another
  // spec made under a random code: it is looked for by its name, whatever that is.
  const known = await json<{ id: number; code: string; name: string }[]>(
    await editor.request.get("/api/v1/states?q=MNG"),
    200,
  );
  const found = known.find((s) => s.code === "MNG");
  const state =
    found ??
    (await json<{ id: number }>(
      await editor.request.post("/api/v1/states", { data: { code: "MNG", name: "Mongolia" } }),
      201,
    ));
  const name = found?.name ?? "Mongolia";
  const cycle = await json<{ id: number }>(
    await editor.request.post("/api/v1/cycles", {
      data: { stateId: state.id, bodyId: ccpr.id, ordinal: 1, adoptionDate: "2014" },
    }),
    201,
  );
  const rec = await json<{ id: number }>(
    await editor.request.post("/api/v1/recommendations", {
      data: {
        cycleId: cycle.id,
        subject: "Plantedcheck subject",
        text: "Plantedcheck: the state should free detained journalists.",
      },
    }),
    201,
  );

  const visitor = await signedOut(browser);
  async function expectPublic(shown: boolean) {
    await visitor.goto("/public");
    await expect(visitor.getByTestId("public-states")).toContainText("Kazakhstan");
    await expect(visitor.getByTestId("public-states").getByText(name, { exact: true })).toHaveCount(shown ? 1 : 0);
    await expect(visitor.locator('[data-testid="outstanding-map"] [data-state="MNG"]')).toHaveCount(shown ? 1 : 0);
    await visitor.goto("/public/recommendations?q=Plantedcheck");
    await expect(visitor.getByTestId("result-count")).toHaveText(shown ? "1 recommendation" : "0 recommendations");
    await visitor.goto("/public/recommendations");
    await expect(visitor.getByTestId("facet-state")).toContainText("Kazakhstan");
    await expect(visitor.getByTestId("facet-state").getByText(name)).toHaveCount(shown ? 1 : 0);
    expect((await visitor.goto(`/public/recommendations/${rec.id}`))!.status()).toBe(shown ? 200 : 404);
    expect((await visitor.goto("/public/states/MNG"))!.status()).toBe(shown ? 200 : 404);
    const csv = await (await visitor.request.get("/public/export/recommendations.csv")).text();
    expect(csv.includes("Plantedcheck")).toBe(shown);
    const pdf = await visitor.request.get("/public/export/report.pdf?state=MNG");
    expect(pdf.status()).toBe(shown ? 200 : 404);
    const sitemap = await (await visitor.request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/public/states/KAZ");
    expect(sitemap.includes(`/public/recommendations/${rec.id}<`)).toBe(shown);
    expect((await visitor.request.get("/embed/states/MNG")).status()).toBe(shown ? 200 : 404);
  }

  await expectPublic(false);
  await editor.goto("/states/MNG");
  await editor.getByRole("button", { name: "Publish on the public portal" }).click();
  await expect(editor.getByTestId("publish-status")).toContainText("Published: this state's recommendations");
  await expectPublic(true);
  await editor.reload();
  await editor.getByRole("button", { name: "Remove from the public portal" }).click();
  await expect(editor.getByTestId("publish-status")).toContainText("Not published");
  await expectPublic(false);
});

test("evidence not marked public never appears publicly; marked public, it does", async ({ browser }) => {
  const editor = await admin(browser);
  const found = await json<{ id: number }[]>(
    await editor.request.get("/api/v1/recommendations?state=KAZ&q=alternative&per=1"),
    200,
  );
  const id = found[0].id;
  const item = await json<{ id: number }>(
    await editor.request.post(`/api/v1/recommendations/${id}/evidence`, {
      data: { kind: "incident", title: "Privatewitness statement", date: "2024-01" },
    }),
    201,
  );
  await editor.goto(`/recommendations/${id}`);
  await expect(editor.getByText("Privatewitness statement").first()).toBeVisible();

  const visitor = await signedOut(browser);
  await visitor.goto(`/public/recommendations/${id}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(visitor.getByText("Privatewitness statement")).toHaveCount(0);
  // The seeded Forum 18 items are public.
  await expect(
    visitor.getByText("Daniil Smal: Almaty Military Garrison Court rules his conscription illegal").first(),
  ).toBeVisible();

  // Marked public through the evidence form's checkbox.
  await editor.goto(`/records/evidence/${item.id}`);
  const box = editor.getByLabel("Show on the public portal");
  await expect(box).not.toBeChecked();
  await box.check();
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByTestId("form-message")).toHaveClass(/text-green-800/);

  await visitor.reload();
  await expect(visitor.getByText("Privatewitness statement").first()).toBeVisible();
});

test("share links: frozen keeps its figures, live shows new ones, revoked answers 410, no way into the app", async ({
  browser,
}) => {
  const editor = await admin(browser);
  await editor.goto("/states/KAZ");
  await editor.getByTestId("share").locator("summary").click();
  await editor.getByLabel(/^Freeze the figures/).check();
  await editor.getByRole("button", { name: "Create link" }).click();
  const frozenUrl = await editor.getByTestId("share-url").inputValue();
  expect(frozenUrl).toMatch(/\/s\/[\w-]{43}$/);
  const live = await json<{ id: number; url: string }>(
    await editor.request.post("/api/v1/share-links", {
      data: { view: "dashboard", filters: { state: "KAZ" }, frozen: false },
    }),
    201,
  );

  const visitor = await signedOut(browser);
  const violations = watchForViolations(visitor);
  await visitor.goto(frozenUrl);
  const asOf = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date());
  await expect(visitor.getByTestId("share-as-of")).toHaveText(`Figures as of ${asOf}`);
  const before = await visitor.getByTestId("kpi-total-value").innerText();
  await expect(visitor.locator("a")).toHaveCount(0);
  await screens(visitor, "share-frozen");
  // The page reaches the visitor through /s/<token>: its scripts must run under the policy it arrives with.
  expect(violations).toEqual([]);

  const cycles = await json<{ id: number; ordinal: number }[]>(
    await editor.request.get("/api/v1/cycles?q=KAZ&per=100"),
    200,
  );
  const cycleId = cycles[0].id;
  await json(
    await editor.request.post("/api/v1/recommendations", {
      data: { cycleId, text: "Sharecheck: one more recommendation." },
    }),
    201,
  );

  await visitor.reload();
  await expect(visitor.getByTestId("kpi-total-value")).toHaveText(before);
  await visitor.goto(live.url);
  await expect(visitor.getByTestId("kpi-total-value")).toHaveText(String(Number(before.replace(/\D/g, "")) + 1));

  await json(await editor.request.post(`/api/v1/share-links/${live.id}/revoke`, { data: {} }), 200);
  const gone = await visitor.goto(live.url);
  expect(gone!.status()).toBe(410);
  await expect(visitor.getByRole("heading", { name: "This link has been revoked" })).toBeVisible();

  await editor.goto("/admin/share-links");
  await expect(editor.getByTestId("share-links")).toContainText("Revoked");
  await editor.goto("/account");
  await expect(editor.getByTestId("share-links")).toContainText("Frozen");
});

test("only /embed/* may be framed; the embed shows a published state's chart", async ({ request }) => {
  const embed = await request.get("/embed/states/KAZ");
  expect(embed.status()).toBe(200);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  const portal = await request.get("/public");
  expect(portal.headers()["x-frame-options"]).toBe("DENY");
});
