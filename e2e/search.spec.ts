import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("filter by body CCPR, search 'conscientious': the founding case; a reload shows the same view", async ({
  page,
}) => {
  await signIn(page, "viewer");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Recommendations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendations", exact: true })).toBeVisible();

  await page.getByTestId("facet-body").getByRole("link", { name: /CCPR/ }).click();
  await expect(page).toHaveURL(/body=CCPR/);
  await page.getByLabel("Search").fill("conscientious");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=conscientious/);

  const results = page.getByTestId("results");
  await expect(
    results.getByRole("link", { name: "Conscientious objection and alternative civilian service" }),
  ).toBeVisible();
  await expect(results.locator("mark").first()).toHaveText(/conscientious/i);
  const count = await page.getByTestId("result-count").textContent();
  const titles = await results.getByRole("link").allTextContents();
  await page.screenshot({ path: "test-results/screens/search.png", fullPage: true });

  const url = page.url();
  await page.reload();
  await expect(page.getByTestId("result-count")).toHaveText(count!);
  expect(await page.getByTestId("results").getByRole("link").allTextContents()).toEqual(titles);

  // A pasted link in a fresh tab shows the same view.
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByTestId("result-count")).toHaveText(count!);
  await expect(other.getByLabel("Search")).toHaveValue("conscientious");
});

test("an empty result suggests what to relax, and removing a filter brings results back", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/recommendations?q=%22no+such+phrase+anywhere%22&body=CCPR");
  await expect(page.getByText("No recommendation matches all of these filters")).toBeVisible();
  await page
    .getByTestId("active-filters")
    .getByRole("link", { name: /no such phrase anywhere/ })
    .click();
  await expect(page.getByTestId("results").getByTestId("result").first()).toBeVisible();
  await expect(page).toHaveURL(/body=CCPR/);
});
