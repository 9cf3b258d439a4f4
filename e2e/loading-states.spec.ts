import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support";

/*
 * The list, the recommendation page and the dashboard show a placeholder shaped like the page
 * while their data loads (their loading.tsx). To see it without timing anything, the test holds
 * each navigation's server response until the placeholder has been seen, then lets it through.
 * The router shows a placeholder only once it has prefetched it, so each click waits for that.
 */

/**
 * Lets the test hold client navigations (not their prefetches) to the watched pages until it has
 * seen the placeholder, and tells it which pages the router has prefetched.
 */
async function gateNavigations(page: Page, watched: (pathname: string) => boolean) {
  const prefetched = new Set<string>();
  let gate: Promise<void> | null = null;
  let open = () => {};
  await page.route(
    (url) => watched(url.pathname),
    async (route) => {
      const request = route.request();
      const headers = request.headers();
      if (headers["rsc"] === "1" && headers["next-router-prefetch"]) {
        await route.continue();
        // The route tree comes first ("/_tree"); the placeholder itself comes with the next prefetch.
        if (headers["next-router-segment-prefetch"] !== "/_tree") prefetched.add(new URL(request.url()).pathname);
        return;
      }
      if (headers["rsc"] === "1" && gate) await gate;
      await route.continue();
    },
  );
  return {
    prefetched,
    close: () => {
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    open: () => {
      gate = null;
      open();
    },
  };
}

type Gate = Awaited<ReturnType<typeof gateNavigations>>;

async function clickAndSeePlaceholder(page: Page, gate: Gate, link: Locator, label: string) {
  const pathname = new URL((await link.getAttribute("href"))!, page.url()).pathname;
  await link.hover();
  await expect.poll(() => gate.prefetched.has(pathname)).toBe(true);
  gate.close();
  await link.click();
  const placeholder = page.getByRole("status", { name: label });
  await expect(placeholder).toBeVisible();
  gate.open();
  await expect(placeholder).toHaveCount(0);
}

const navLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true });

test("the list, a recommendation and the dashboard show a placeholder while they load", async ({ page }) => {
  const gate = await gateNavigations(page, (p) => p === "/" || /^\/recommendations(\/\d+)?$/.test(p));
  await signIn(page, "viewer");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await clickAndSeePlaceholder(page, gate, navLink(page, "Recommendations"), "Loading recommendations…");
  await expect(page.getByRole("heading", { level: 1, name: "Recommendations" })).toBeVisible();

  const first = page.getByTestId("result").first().getByRole("link").first();
  await clickAndSeePlaceholder(page, gate, first, "Loading the recommendation…");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await clickAndSeePlaceholder(page, gate, navLink(page, "Dashboard"), "Loading the dashboard…");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
