import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/*
 * The dashboard on the demo data (the founding case: three CCPR recommendations to
 * Kazakhstan, two "not implemented", one not assessed — maybe more later, so
 * these assert relations, not totals).
 */

const count = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));

async function notImplementedSegment(page: Page) {
  const segment = page
    .getByTestId("chart-status")
    .getByRole("link", { name: /^Not implemented: [\d,]+ recommendations?$/ });
  await expect(segment).toBeVisible();
  return segment;
}

test("a viewer sees the dashboard, with no editing controls", async ({ page }) => {
  await signIn(page, "viewer");
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  for (const id of ["kpi-total", "kpi-responded", "kpi-reiterated", "kpi-median", "kpi-overdue"])
    await expect(page.getByTestId(id)).toBeVisible();
  for (const id of [
    "chart-status",
    "chart-body",
    "chart-year",
    "chart-years",
    "chart-theme",
    "chart-stances",
    "chart-grades",
  ])
    await expect(page.getByTestId(id)).toBeVisible();
  await expect(main.getByRole("link", { name: /^(New|Edit|Add|Import|Archive)\b/ })).toHaveCount(0);
  await expect(main.getByRole("button", { name: /^(Save|Delete|Archive|Edit|Add)\b/ })).toHaveCount(0);
  // "Share" makes a read-only link (every role may); it changes no record.
  await expect(main.locator("form[method=post]:not([data-share]), form[method=POST]:not([data-share])")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Records" })).toHaveCount(0);
});

test("the founding case counts as not implemented, in the KPI card, the chart and its table", async ({ page }) => {
  await signIn(page, "viewer");
  const total = count(await page.getByTestId("kpi-total-value").textContent());
  const notImplemented = count(
    (await page.getByTestId("share-not_implemented-count").textContent())?.split(" of ")[0] ?? "",
  );
  expect(notImplemented).toBeGreaterThanOrEqual(2);
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(await notImplementedSegment(page)).toHaveAttribute(
    "aria-label",
    new RegExp(`^Not implemented: ${notImplemented} recommendations?$`),
  );

  // Kazakhstan alone: the founding case's three recommendations are all there.
  await page.getByLabel("State", { exact: true }).selectOption("KAZ");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]state=KAZ/);
  expect(
    count((await page.getByTestId("share-not_implemented-count").textContent())?.split(" of ")[0] ?? ""),
  ).toBeGreaterThanOrEqual(2);

  const chart = page.getByTestId("chart-status");
  await chart.getByRole("button", { name: "Show as table" }).click();
  const row = chart.getByRole("table").getByRole("row", { name: /^Not implemented/ });
  await expect(row).toBeVisible();
  expect(count(await row.getByRole("cell").textContent())).toBeGreaterThanOrEqual(2);
  await chart.getByRole("button", { name: "Show as chart" }).click();
  await expect(chart.getByRole("table")).toBeHidden();
});

test("a donor reaches the founding case in two clicks from the not-implemented segment, and the counts match", async ({
  page,
}) => {
  await signIn(page, "viewer");
  const segment = await notImplementedSegment(page);
  const shown = count(await segment.getAttribute("aria-label"));
  await segment.click();

  await expect(page).toHaveURL(/\/recommendations\?status=not_implemented$/);
  await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${shown} recommendations?$`));
  await page
    .getByTestId("results")
    .getByRole("link", { name: "Conscientious objection and alternative civilian service" })
    .click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Conscientious objection and alternative civilian service",
  );
  await expect(page.getByTestId("status-badge").first()).toHaveText("Not implemented");
});

for (const width of [1280, 375]) {
  test(`the dashboard fits ${width} px and is captured in a screenshot`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, "viewer");
    await notImplementedSegment(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screens/dashboard-${width}.png`, fullPage: true });
  });
}

test("printing shows the charts and hides the filters and buttons", async ({ page }) => {
  await signIn(page, "viewer");
  await notImplementedSegment(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("search", { name: "Filter the dashboard" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Show as table" }).first()).toBeHidden();
  await expect(page.getByTestId("chart-status").locator("svg").first()).toBeVisible();
});
