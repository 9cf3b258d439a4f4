import { expect, test } from "@playwright/test";
import { Dashboard } from "./pages/dashboard";
import { Workbench } from "./pages/workbench";
import { FOUNDING_CASE, signIn } from "./support";

test("a signed-out visitor is sent to the sign-in page", async ({ page, request }) => {
  const res = await request.get("/", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()["location"]).toContain("/login");
  await page.goto("/recommendations/1");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Frecommendations%2F1/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("wrong credentials give one message that does not say which part was wrong", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@e2e.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toHaveText(
    "The email or password is not right. Check both and try again.",
  );
  await page.getByLabel("Email").fill("nobody@e2e.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toHaveText(
    "The email or password is not right. Check both and try again.",
  );
});

for (const role of ["admin", "viewer"] as const) {
  test(`${role}: the dashboard leads to the founding case and its whole story`, async ({ page }) => {
    await signIn(page, role);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Kazakhstan");
    await new Dashboard(page).openRecommendation(FOUNDING_CASE);

    const story = new Workbench(page);
    await expect(story.heading).toHaveText(FOUNDING_CASE);
    await expect(page.getByTestId("outstanding-since")).toHaveText("Outstanding since 2011");
    const timeline = story.timeline;
    await expect(timeline).toContainText("CCPR/C/KAZ/CO/1");
    await expect(timeline).toContainText("CCPR/C/KAZ/CO/2");
    await expect(timeline).toContainText("CCPR/C/KAZ/QPR/3");
    await expect(timeline).toContainText("2 April 2024");
    await expect(timeline).toContainText(
      "The law does not directly recognise the right of an individual to refuse to carry out military service " +
        "on religious or other grounds",
    );
    await expect(page.getByTestId("evidence-list")).toContainText("Daniil Smal");
    await expect(story.status).toHaveText("Not implemented");
    await page.screenshot({ path: `test-results/screens/story-${role}.png`, fullPage: true });
  });
}

test("the admin sees the Admin menu, a viewer does not", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "admin");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toBeVisible();
});
