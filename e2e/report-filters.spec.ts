/**
 * "Download PDF report" from a filtered dashboard or list goes through the report form when no
 * single state is chosen: every filter the form has no field for must survive it, and coming
 * back with "Change the report" must not lose them or the "leave out not assessed" choice.
 */
import { expect, test } from "@playwright/test";
import { screenshotAtWidths, signIn } from "./support";

const THEME = "Freedom of thought, conscience and religion";

test("the report form keeps the list's other filters and brings them back", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto(`/reports?theme=${encodeURIComponent(THEME)}&q=objection`);
  const kept = page.getByTestId("report-kept-filters");
  await expect(kept).toContainText(THEME);
  await expect(kept).toContainText("objection");
  await screenshotAtWidths(page, (width) => `test-results/screens/report-form-kept-filters-${width}.png`);
  await page.getByLabel("State").selectOption("KAZ");
  await page.getByLabel("Leave out recommendations not assessed yet").check();
  await page.getByRole("button", { name: "Show the report" }).click();

  await expect(page).toHaveURL(/\/reports\/state\/KAZ\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("theme")).toBe(THEME);
  expect(url.searchParams.get("q")).toBe("objection");
  expect(url.searchParams.get("include")).toBe("assessed");
  const pdf = page.locator('a[href^="/api/export/report.pdf"]').first();
  const pdfUrl = new URL((await pdf.getAttribute("href"))!, page.url());
  expect(pdfUrl.searchParams.get("theme")).toBe(THEME);
  expect(pdfUrl.searchParams.get("q")).toBe("objection");

  await page.getByRole("link", { name: "← Change the report" }).click();
  await expect(page.getByTestId("report-kept-filters")).toContainText(THEME);
  await expect(page.getByLabel("Leave out recommendations not assessed yet")).toBeChecked();
  await expect(page.getByLabel("State")).toHaveValue("KAZ");
});
