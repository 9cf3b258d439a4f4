/**
 * A 404 on the public portal (app/public/not-found.tsx), signed out: inside the portal's
 * header, with the way back to the portal, and no way to a dashboard the visitor cannot open.
 */
import { expect, test } from "@playwright/test";
import { screenshotAtWidths } from "./support";

for (const path of ["/public/states/ZZZ", "/public/recommendations/999999", "/public/no-such-page"]) {
  test(`signed out, ${path} is a 404 inside the portal`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    const notice = page.getByTestId("not-found");
    await expect(
      notice.getByRole("heading", { level: 1, name: "This page is not on the public portal." }),
    ).toBeVisible();
    await expect(notice.getByRole("link", { name: "Go to the public portal" })).toHaveAttribute("href", "/public");
    // The portal's own header is around it.
    await expect(page.getByRole("navigation", { name: "Public portal" })).toBeVisible();
    // Nothing leads into the app: the only way to /login is the header's staff sign-in.
    await expect(page.locator('a[href="/"]')).toHaveCount(0);
    const toLogin = page.locator('a[href^="/login"]');
    await expect(toLogin).toHaveCount(1);
    await expect(toLogin).toHaveText("Staff sign-in");
    await expect(notice.getByRole("link", { name: "Go to the dashboard" })).toHaveCount(0);

    await notice.getByRole("link", { name: "Go to the public portal" }).click();
    await expect(page).toHaveURL(/\/public$/);
    await expect(page.getByTestId("public-states")).toContainText("Kazakhstan");
  });
}

test("the portal's 404 is readable at 1280 and 375 px", async ({ page }) => {
  await page.goto("/public/states/ZZZ");
  await screenshotAtWidths(page, (w) => `test-results/screens/public-not-found-${w}.png`);
});
