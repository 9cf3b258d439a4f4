import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { signIn } from "./support";

/** Screenshots of what the suggestions changed, at the two widths the product must work at. */
async function shoot(page: Page, info: TestInfo, name: string, fullPage = false) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 1280 ? 900 : 812 });
    await page.screenshot({ path: info.outputPath(`${name}-${width}.png`), fullPage: fullPage && width === 1280 });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function openRecommendation(page: Page, query: string, title: string) {
  await page.goto(`/recommendations?state=KAZ&q=${encodeURIComponent(query)}`);
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

test("a viewer sees neither the likely earlier versions nor the review queue", async ({ page }) => {
  await signIn(page, "viewer");
  await openRecommendation(page, "CRPD", "Ratify CRPD");
  await expect(page.getByTestId("likely-earlier-versions")).toHaveCount(0);
  const res = await page.goto("/states/KAZ/reiterations");
  expect(res?.status()).toBe(404);
});

test("the recommendation page lists likely earlier versions with their reasons; one click links one", async ({
  page,
}, info) => {
  await signIn(page, "editor");
  await openRecommendation(page, "CRPD", "Ratify CRPD");
  const section = page.getByTestId("likely-earlier-versions");
  await expect(page.getByRole("heading", { name: "Likely earlier versions" })).toBeVisible();
  const first = section.getByTestId("candidate").first();
  await expect(first.getByTestId("candidate-reason")).toContainText("similar wording:");
  await expect(first).toContainText("Convention on the Rights of Persons with Disabilities");
  await expect(first).toContainText("2010");
  await section.scrollIntoViewIfNeeded();
  await shoot(page, info, "likely-earlier-versions", true);

  const earlierHref = await first.getByRole("link").first().getAttribute("href");
  await first.getByRole("button", { name: /^Link as reiteration/ }).click();
  await expect(section.getByTestId("suggestion-announcement")).toHaveText("Linked as a reiteration.");
  await page.reload();
  // The link is in the chain now, and no longer offered.
  await expect(page.getByRole("link", { name: /\(2010\)/ }).first()).toBeVisible();
  await expect(section.locator(`a[href="${earlierHref}"]`)).toHaveCount(0);
  // The earlier recommendation, reiterated in 2014, is outstanding since 2010.
  await page.goto(earlierHref!);
  await expect(page.getByTestId("outstanding-since")).toHaveText("Outstanding since 2010");
});

test("the review queue: dismiss or link in one click each; a dismissed pair stays dismissed", async ({
  page,
}, info) => {
  await signIn(page, "editor");
  await page.goto("/states/KAZ");
  await page.getByRole("link", { name: "Review likely reiterations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Likely reiterations: Kazakhstan");
  const items = page.getByTestId("queue-item");
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeGreaterThan(20);
  await shoot(page, info, "review-queue");

  const pairOf = async (n: number) => {
    const links = items.nth(n).getByRole("link");
    return [await links.nth(0).getAttribute("href"), await links.nth(1).getAttribute("href")] as const;
  };
  const queued = async () => {
    const out: string[] = [];
    for (let i = 0; i < (await items.count()); i++) out.push((await pairOf(i)).join(" "));
    return out;
  };

  const dismissed = await pairOf(0);
  await items
    .nth(0)
    .getByRole("button", { name: /^Not an earlier version/ })
    .click();
  const announcement = page.getByTestId("suggestion-announcement");
  await expect(announcement).toHaveText("Dismissed: it will not be suggested again.");
  // The dismissed pair leaves the list at once.
  await expect.poll(async () => (await pairOf(0)).join(" ")).not.toBe(dismissed.join(" "));
  const linked = await pairOf(0);
  await items
    .nth(0)
    .getByRole("button", { name: /^Link as reiteration/ })
    .click();
  await expect(announcement).toHaveText("Linked as a reiteration.");

  for (let visit = 0; visit < 2; visit++) {
    await page.reload();
    const now = await queued();
    expect(now).not.toContain(dismissed.join(" "));
    // A linked recommendation has left the queue altogether.
    expect(now.some((pair) => pair.startsWith(`${linked[0]} `))).toBe(false);
  }
  // And the dismissed candidate is not offered on the recommendation's own page either.
  await page.goto(dismissed[0]!);
  await expect(page.getByTestId("likely-earlier-versions").locator(`a[href="${dismissed[1]}"]`)).toHaveCount(0);
});

test("the recommendation form offers themes as chips, added only by a click or a key", async ({ page }, info) => {
  await signIn(page, "editor");
  await page.goto("/recommendations/new");
  await page
    .getByLabel("Text of the recommendation *")
    .fill(
      "Abolish the death penalty for all crimes and ratify the Second Optional Protocol " +
        "to the International Covenant on Civil and Political Rights.",
    );
  const chips = page.getByTestId("tag-chips-theme");
  const chip = chips.getByRole("button", { name: "Add Death penalty" });
  await expect(chip).toBeVisible();
  await expect(page.getByLabel("Themes", { exact: true })).toHaveValue("");
  await chips.scrollIntoViewIfNeeded();
  await shoot(page, info, "tag-chips");

  await chip.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Themes", { exact: true })).toHaveValue("Death penalty");
  await expect(chips.getByRole("button", { name: "Add Death penalty" })).toHaveCount(0);
});
