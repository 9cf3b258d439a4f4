/**
 * Every page in Russian, as each role and signed out: not one text node, label or title may be
 * an English interface message that has a Russian translation (e2e/support/english-left.ts).
 */
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DB } from "../playwright.config";
import { englishOnlyMessages, englishOnPage, signInAnyLanguage } from "./support/english-left";
import { USERS } from "./support";

test.use({ locale: "ru-RU" });

/** Theme names are data: the demo has one called "Other", as the UN lists do. */
function recordedThemes(): string[] {
  const db = new Database(E2E_DB, { readonly: true });
  try {
    return db.prepare("SELECT name FROM tags").pluck().all() as string[];
  } finally {
    db.close();
  }
}

const english = englishOnlyMessages("ru", recordedThemes());

/** The founding case's story page, found as a reader would: through the search. */
async function foundingCasePath(page: Page, list: string): Promise<string> {
  await page.goto(`${list}?q=${encodeURIComponent("conscientious objection")}`);
  const href = await page
    .locator(`main a[href^="${list}/"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!).find((h) => /\/\d+$/.test(h)));
  expect(href, "the founding case is found by the search").toBeTruthy();
  return href!;
}

async function expectRussian(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  expect(await englishOnPage(page, english), `English interface text on ${path}`).toEqual([]);
}

test("signed out: the sign-in page and the public portal", async ({ page }) => {
  await expectRussian(page, "/login");
  await expectRussian(page, "/public");
  await expectRussian(page, "/public/states/KAZ");
  await expectRussian(page, "/public/recommendations");
  await expectRussian(page, await foundingCasePath(page, "/public/recommendations"));
});

const PAGES: Record<keyof typeof USERS, string[]> = {
  viewer: ["/", "/recommendations", "/states", "/states/KAZ", "/bodies", "/bodies/CCPR", "/calendar", "/reports"],
  editor: ["/records", "/import", "/recommendations/new", "/states/KAZ/reiterations", "/notifications", "/account"],
  admin: ["/admin", "/admin/audit", "/admin/archive", "/admin/settings", "/admin/share-links", "/reports/state/KAZ"],
};

for (const role of ["viewer", "editor", "admin"] as const) {
  test(`${role}: every page of the role`, async ({ page }) => {
    test.setTimeout(180_000);
    await signInAnyLanguage(page, USERS[role].email, USERS[role].password);
    for (const path of PAGES[role]) await expectRussian(page, path);
    const story = await foundingCasePath(page, "/recommendations");
    await expectRussian(page, story);
    if (role !== "viewer") await expectRussian(page, `${story}/edit`);
    if (role === "editor") {
      // One page of each kind of record the registry lists.
      await page.goto("/records");
      const entityPages = await page
        .locator('main a[href^="/records/"]')
        .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")!))].slice(0, 12));
      for (const path of entityPages) await expectRussian(page, path);
    }
  });
}
