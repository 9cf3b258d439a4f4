/**
 * The pages around the pages: a 404 of the product's own inside its chrome, a
 * page that names the role it needs, and the files in public/ (icons, web
 * manifest, robots.txt) reachable without signing in.
 */
import { expect, test, type Page } from "@playwright/test";
import { FOUNDING_CASE, signIn } from "./support";

async function screens(page: Page, name: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
}

test("an address nothing answers is a 404 with the product's page, inside the app", async ({ page }) => {
  await signIn(page, "viewer");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.getByRole("link", { name: "Search the recommendations" }).click();
  await expect(page).toHaveURL(/\/recommendations$/);
  await page.goBack();
  await screens(page, "not-found");
});

test("a recommendation that does not exist is a 404, not an empty page", async ({ page }) => {
  await signIn(page, "viewer");
  const response = await page.goto("/recommendations/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("a viewer opening an editor's or an admin's page reads which role it needs", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/import");
  await expect(page.getByRole("heading", { name: "This page needs the editor role" })).toBeVisible();
  await expect(page.getByTestId("role-required")).toContainText("You are signed in as viewer.");
  await screens(page, "role-required");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "This page needs the admin role" })).toBeVisible();
  await page.goto("/recommendations/new");
  await expect(page.getByRole("heading", { name: "This page needs the editor role" })).toBeVisible();
});

test("icons, web manifest and robots.txt are served to anyone; robots.txt keeps sign-in out of search", async ({
  request,
}) => {
  for (const file of ["/favicon.ico", "/icons/icon-192.png", "/icons/icon-512.png", "/apple-touch-icon.png"]) {
    const res = await request.get(file, { maxRedirects: 0 });
    expect(res.status(), file).toBe(200);
  }
  const manifest = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({ name: "Treaty Tracker", start_url: "/" });
  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^Disallow: \/login$/m);
});

test("without JavaScript, the list, a story and the dashboard still show themselves", async ({
  browser,
  baseURL,
  page,
}) => {
  await signIn(page, "viewer");
  const context = await browser.newContext({
    baseURL,
    storageState: await page.context().storageState(),
    javaScriptEnabled: false,
  });
  try {
    const plain = await context.newPage();
    await plain.goto(`/recommendations?q=${encodeURIComponent("conscientious objection")}`);
    const story = plain.getByRole("link", { name: FOUNDING_CASE }).first();
    await expect(story).toBeVisible();
    await expect(plain.getByTestId("page-loading")).toBeHidden();
    await story.click();
    await expect(plain.getByRole("heading", { level: 1, name: FOUNDING_CASE })).toBeVisible();
    await expect(plain.getByTestId("page-loading")).toBeHidden();
    await plain.goto("/");
    await expect(plain.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(plain.getByRole("status").filter({ visible: true })).toHaveCount(0);
    await expect(plain.getByRole("heading", { name: "Status by body" })).toBeVisible();
    await screens(plain, "no-javascript-dashboard");
  } finally {
    await context.close();
  }
});
