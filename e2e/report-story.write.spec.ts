/**
 * The state report leads with the story, PDFs are offered wherever
 * recommendations are shown, and the organisation an admin names at
 * /admin/settings is on the report's cover. Screenshots at 1280 and 375 px in
 * test-results/screens/report-*.
 */
import path from "node:path";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

async function screens(page: Page, name: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: width === 375 });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

test("the report opens with its executive summary; the founding case comes before anything not assessed", async ({
  page,
  browser,
}) => {
  // Other specs record later responses on the founding case: the state's rejection is recorded
  // again today, so it is the latest response the report's "Rejected by the state" must list.
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  const found = await editor.request.get("/api/v1/recommendations?state=KAZ&body=CCPR&q=alternative&per=1");
  const rec = ((await found.json()) as { data: { id: number }[] }).data[0];
  const today = new Date().toISOString().slice(0, 10);
  const recorded = await editor.request.post(`/api/v1/recommendations/${rec.id}/responses`, {
    data: { date: today, stance: "rejects", notes: "Recorded again by the report e2e test." },
  });
  expect(recorded.status()).toBe(201);

  await signIn(page, "viewer");
  await page.goto("/reports/state/KAZ");
  const report = page.getByTestId("state-report");
  await expect(report.getByRole("heading", { name: "Executive summary" })).toBeVisible();
  const longest = page.getByTestId("report-longest");
  await expect(longest).toContainText("Outstanding since 2011");
  await expect(longest).toContainText("CCPR/C/KAZ/CO/1, para. 23");
  await expect(page.getByTestId("report-rejected")).toContainText("Conscientious objection");
  const groups = await page
    .locator("[data-testid^=report-group-]")
    .evaluateAll((els) => els.map((e) => e.dataset.testid));
  // Most serious first, not assessed last: whichever groups other specs' data leaves, in this order.
  const order = ["regressed", "not_implemented", "partially_implemented", "no_information", "implemented", "none"];
  expect(groups).toEqual(order.map((g) => `report-group-${g}`).filter((g) => groups.includes(g)));
  expect(groups).toContain("report-group-not_implemented");
  expect(groups.at(-1)).toBe("report-group-none");
  await screens(page, "report-kaz");

  await page.goto("/reports/state/KAZ?include=assessed");
  await expect(page.getByTestId("report-left-out")).toContainText(
    /\d[\d,]* recommendations? not assessed yet (is|are) left out/,
  );
  await expect(page.getByTestId("report-group-none")).toHaveCount(0);
  const pdf = page.getByRole("link", { name: "Download PDF" });
  await expect(pdf).toHaveAttribute("href", /include=assessed/);
});

test("the dashboard, the list and a recommendation each offer a PDF", async ({ page }) => {
  await signIn(page, "viewer");
  // With one state chosen the dashboard's PDF is that state's report (other specs add states).
  await page.goto("/?state=KAZ");
  const dash = page.getByRole("link", { name: "Download PDF report" });
  await expect(dash).toHaveAttribute("href", /^\/api\/export\/report\.pdf\?(.*&)?state=KAZ(&|$)/);
  await page.goto("/recommendations?state=KAZ&body=CCPR");
  const list = page.getByRole("link", { name: "Download PDF report" });
  await expect(list).toHaveAttribute("href", /\/api\/export\/report\.pdf\?.*state=KAZ/);
  await expect(list).toHaveAttribute("href", /body=CCPR/);
  const res = await page.request.get((await list.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");

  await page.getByTestId("results").getByRole("link").first().click();
  const caseFile = page.getByRole("link", { name: "Download case file (PDF)" });
  await expect(caseFile).toBeVisible();
  await expect(page.getByTestId("case-file-buttons").getByRole("button", { name: "Print" })).toBeVisible();
  const file = await page.request.get((await caseFile.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await page.emulateMedia({ media: "print" });
  await expect(caseFile).toBeHidden();
  await page.screenshot({ path: "test-results/screens/case-file-print-1280.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await screens(page, "case-file-story");
});

test("an admin names the organisation, its logo and disclaimer; the report's cover shows them", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Organisation settings" }).click();
  await expect(page.getByRole("heading", { name: "Organisation settings", level: 1 })).toBeVisible();
  const dir = test.info().outputPath();
  fs.mkdirSync(dir, { recursive: true });
  const fake = path.join(dir, "logo.png");
  fs.writeFileSync(fake, "<svg xmlns='http://www.w3.org/2000/svg'/>");
  await page.getByLabel("Organisation name").fill("Kazakhstan Bureau for Human Rights");
  await page.getByLabel("Logo", { exact: true }).setInputFiles(fake);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("error-logo")).toContainText("PNG or JPEG");

  const logo = path.join(dir, "real.png");
  fs.writeFileSync(logo, PNG);
  await page.getByLabel("Organisation name").fill("Kazakhstan Bureau for Human Rights");
  await page.getByLabel("Disclaimer").fill("Prepared for advocacy; not an official UN document.");
  await page.getByLabel("Logo", { exact: true }).setInputFiles(logo);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Saved");
  await expect(page.getByText(/Current logo/)).toBeVisible();
  await screens(page, "settings");

  await page.goto("/reports/state/KAZ");
  await expect(page.getByTestId("report-branding")).toContainText("Prepared by Kazakhstan Bureau for Human Rights");
  await expect(page.getByTestId("report-branding").getByRole("img")).toBeVisible();
  await expect(page.getByTestId("report-disclaimer")).toContainText("not an official UN document");
  await screens(page, "report-branded");
});

test("an editor is told the settings need an admin", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { name: "This page needs the admin role" })).toBeVisible();
});
