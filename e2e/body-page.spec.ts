import { expect, test } from "@playwright/test";
import { signIn } from "./support";

/*
 * A body's page carries what a state's page does, turned the other way: the
 * key figures and charts for that body, its states with their status bars,
 * its review cycles with their deadlines, and the downloads.
 */

test("the CCPR page has its key figures, charts with tables, states, cycles and downloads", async ({ page }) => {
  await signIn(page, "viewer", "/bodies/CCPR");
  await page.goto("/bodies/CCPR");
  await expect(page.getByRole("heading", { level: 1, name: "Human Rights Committee" })).toBeVisible();

  // The key figures count only this body's recommendations: the total card equals the body's own count.
  const total = Number((await page.getByTestId("kpi-total-value").innerText()).replace(/\D/g, ""));
  await page.goto("/recommendations?body=CCPR");
  const listed = Number(
    ((await page.getByTestId("result-count").innerText()).match(/[\d,]+/)?.[0] ?? "").replace(/\D/g, ""),
  );
  expect(total).toBeGreaterThan(0);
  expect(total).toBe(listed);
  await page.goto("/bodies/CCPR");

  const status = page.getByTestId("chart-status");
  await expect(status).toBeVisible();
  await status.getByRole("button", { name: "Show as table" }).click();
  await expect(status.getByRole("table")).toBeVisible();
  await expect(status.getByRole("rowheader", { name: "Not implemented" })).toBeVisible();
  // "By body" would be one bar here; the states card takes its place.
  await expect(page.getByTestId("chart-body")).toHaveCount(0);

  await expect(page.getByRole("link", { name: "Kazakhstan", exact: true })).toBeVisible();
  const cycles = page.getByTestId("cycle-timeline");
  await expect(cycles.getByText("Kazakhstan · Cycle 1")).toBeVisible();
  await expect(cycles.getByText("Follow-up due 26 July 2012")).toBeVisible();

  const csv = page.getByTestId("export-buttons").getByRole("link", { name: "Download CSV" });
  await expect(csv).toHaveAttribute("href", /body=CCPR/);
});

for (const width of [1280, 375]) {
  test(`the CCPR page fits ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, "viewer", "/bodies/CCPR");
    await page.goto("/bodies/CCPR");
    await expect(page.getByTestId("cycle-timeline")).toBeVisible();
    await expect(page.getByTestId("kpi-total-value")).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screens/body-ccpr-${width}.png`, fullPage: true });
  });
}
