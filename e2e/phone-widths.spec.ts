/**
 * Every main page of app/(app) at a phone's width (375 px), signed in as an
 * admin (who sees every page and every control): nothing is wider than the
 * screen — tables scroll inside their card or reflow. Screenshots of each at
 * 375 px and 1280 px land in test-results/screens/phone-*.
 */
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const PHONE = { width: 375, height: 800 };

/** The pages of app/(app) (app/(app)/**\/page.tsx), with a real record for each dynamic segment. */
const PAGES = [
  "/",
  "/recommendations",
  "/recommendations/FOUNDING",
  "/recommendations/FOUNDING/edit",
  "/recommendations/new",
  "/states",
  "/states/KAZ",
  "/states/KAZ/reiterations",
  "/bodies",
  "/bodies/CCPR",
  "/reports",
  "/reports/state/KAZ",
  "/records",
  "/records/states",
  "/records/cycles",
  "/records/documents",
  "/records/evidence",
  "/records/institutions",
  "/records/cycle-events",
  "/records/tags",
  "/records/cycles/1",
  "/records/cycles/new",
  "/import",
  "/import/batches/1",
  "/calendar",
  "/notifications",
  "/account",
  "/admin",
  "/admin/audit",
  "/admin/archive",
  "/admin/settings",
  "/no-such-page",
];

async function foundingCaseId(page: Page): Promise<string> {
  await page.goto("/recommendations?body=CCPR&q=conscientious");
  const href = await page.getByTestId("results").getByRole("link").first().getAttribute("href");
  return href!.split("/").pop()!;
}

const widthOf = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

test("no page of the app is wider than a 375 px phone", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "admin", "/account");
  const founding = await foundingCaseId(page);
  const tooWide: string[] = [];
  for (const path of PAGES.map((p) => p.replace("FOUNDING", founding))) {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const width = await widthOf(page);
    if (width > PHONE.width) tooWide.push(`${path}: ${width} px`);
    const name = path === "/" ? "dashboard" : path.slice(1).replace(/[/?=&]/g, "_");
    await page.screenshot({ path: `test-results/screens/phone-${name}-375.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `test-results/screens/phone-${name}-1280.png`, fullPage: true });
  }
  expect(tooWide).toEqual([]);
});

test("on a phone the list shows results first; the facets open from a Filters button, by keyboard too", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.setViewportSize(PHONE);
  await page.goto("/recommendations?body=CCPR");
  const toggle = page.getByRole("button", { name: /Filters/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByTestId("facets")).toBeHidden();
  await expect(page.getByTestId("results")).toBeVisible();
  await expect(toggle).toContainText("1 active");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByTestId("facets")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/phone-list-filters-open-375.png", fullPage: true });
  await page.keyboard.press("Space");
  await expect(page.getByTestId("facets")).toBeHidden();
  // At desktop width the facets stand beside the results, with no button.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByTestId("facets")).toBeVisible();
  await expect(toggle).toBeHidden();
});
