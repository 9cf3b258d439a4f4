import { expect, test } from "@playwright/test";
import { Dashboard, countIn } from "./pages/dashboard";
import { Workbench } from "./pages/workbench";
import { FOUNDING_CASE, signIn } from "./support";

/*
 * The dashboard on the demo data (the founding case: three CCPR recommendations to
 * Kazakhstan, two "not implemented", one not assessed — maybe more later, so
 * these assert relations, not totals).
 */

test("a viewer sees the dashboard, with no editing controls", async ({ page }) => {
  await signIn(page, "viewer");
  const dashboard = new Dashboard(page);
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  for (const key of ["total", "responded", "reiterated", "median", "overdue"])
    await expect(dashboard.kpi(key)).toBeVisible();
  for (const key of ["status", "body", "year", "years", "theme", "stances", "grades"])
    await expect(dashboard.chart(key)).toBeVisible();
  await expect(main.getByRole("link", { name: /^(New|Edit|Add|Import|Archive)\b/ })).toHaveCount(0);
  await expect(main.getByRole("button", { name: /^(Save|Delete|Archive|Edit|Add)\b/ })).toHaveCount(0);
  // "Share" makes a read-only link (every role may); it changes no record.
  await expect(main.locator("form[method=post]:not([data-share]), form[method=POST]:not([data-share])")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Records" })).toHaveCount(0);
});

test("the founding case counts as not implemented, in the KPI card, the chart and its table", async ({ page }) => {
  await signIn(page, "viewer");
  const dashboard = new Dashboard(page);
  const total = await dashboard.kpiValue("total");
  const notImplemented = await dashboard.statusShare("not_implemented");
  expect(notImplemented).toBeGreaterThanOrEqual(2);
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(await dashboard.notImplementedSegment()).toHaveAttribute(
    "aria-label",
    new RegExp(`^Not implemented: ${notImplemented} recommendations?$`),
  );

  // Kazakhstan alone: the founding case's three recommendations are all there.
  await dashboard.filterByState("KAZ");
  await expect(page).toHaveURL(/[?&]state=KAZ/);
  expect(await dashboard.statusShare("not_implemented")).toBeGreaterThanOrEqual(2);

  const table = await dashboard.showAsTable("status");
  const row = table.getByRole("row", { name: /^Not implemented/ });
  await expect(row).toBeVisible();
  expect(countIn(await row.getByRole("cell").textContent())).toBeGreaterThanOrEqual(2);
  await dashboard.showAsChart("status");
  await expect(table).toBeHidden();
});

test("a donor reaches the founding case in two clicks from the not-implemented segment, and the counts match", async ({
  page,
}) => {
  await signIn(page, "viewer");
  const segment = await new Dashboard(page).notImplementedSegment();
  const shown = countIn(await segment.getAttribute("aria-label"));
  await segment.click();

  await expect(page).toHaveURL(/\/recommendations\?status=not_implemented$/);
  await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${shown} recommendations?$`));
  await page.getByTestId("results").getByRole("link", { name: FOUNDING_CASE }).click();

  const story = new Workbench(page);
  await expect(story.heading).toHaveText(FOUNDING_CASE);
  await expect(story.status).toHaveText("Not implemented");
});

for (const width of [1280, 375]) {
  test(`the dashboard fits ${width} px and is captured in a screenshot`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, "viewer");
    await new Dashboard(page).notImplementedSegment();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screens/dashboard-${width}.png`, fullPage: true });
  });
}

test("printing shows the charts and hides the filters and buttons", async ({ page }) => {
  await signIn(page, "viewer");
  const dashboard = new Dashboard(page);
  await dashboard.notImplementedSegment();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("search", { name: "Filter the dashboard" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Show as table" }).first()).toBeHidden();
  await expect(dashboard.chart("status").locator("svg").first()).toBeVisible();
});
