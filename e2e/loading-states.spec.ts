import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/*
 * The list, the recommendation page and the dashboard show a placeholder shaped like the page
 * while their data loads (their loading.tsx). To see it without timing anything, the test holds
 * the navigation's server response until the placeholder has been seen, then lets it through.
 */

/** Holds the next client navigation to `pathname` (not its prefetch) until `release()` is called. */
async function holdNavigationTo(page: Page, pathname: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === pathname,
    async (route) => {
      const headers = route.request().headers();
      const navigation = headers["rsc"] === "1" && !headers["next-router-prefetch"];
      if (navigation) await released;
      await route.continue();
    },
  );
  return release;
}

async function navigateAndSeePlaceholder(page: Page, link: string, pathname: string, label: string) {
  const release = await holdNavigationTo(page, pathname);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
  const placeholder = page.getByRole("status", { name: label });
  await expect(placeholder).toBeVisible();
  release();
  await expect(placeholder).toHaveCount(0);
  await page.unrouteAll({ behavior: "wait" });
}

test("the list, a recommendation and the dashboard show a placeholder while they load", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await navigateAndSeePlaceholder(page, "Recommendations", "/recommendations", "Loading recommendations…");
  await expect(page.getByRole("heading", { level: 1, name: "Recommendations" })).toBeVisible();

  const first = page.getByTestId("result").first().getByRole("link").first();
  const target = new URL((await first.getAttribute("href"))!, page.url()).pathname;
  const release = await holdNavigationTo(page, target);
  await first.click();
  const placeholder = page.getByRole("status", { name: "Loading the recommendation…" });
  await expect(placeholder).toBeVisible();
  release();
  await expect(placeholder).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.unrouteAll({ behavior: "wait" });

  await navigateAndSeePlaceholder(page, "Dashboard", "/", "Loading the dashboard…");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
