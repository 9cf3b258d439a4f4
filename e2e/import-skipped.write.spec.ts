import { expect, test } from "@playwright/test";
import { ImportWizard } from "./pages/import-wizard";
import { screenshotAtWidths, signIn } from "./support";

/**
 * The wizard says why each row was not imported: in the review step (a duplicate names the line it
 * repeats) and in the summary (a row already in the tracker links to its recommendation).
 */
const CSV = [
  "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
  "Kazakhstan,,,Ratify the wizard test convention,France,,,Supported,4,Women,20",
  "Kazakhstan,,,Ratify the wizard test convention,Spain,,,Supported,4,Women,20",
  "Kazakhstan,,,Ratify the wizard test convention,France,,,Supported,4,Women,20",
  "Kazakhstan,,,We pledge to test the wizard,,,,Voluntary Pledge,,,20",
].join("\n");

async function upload(wizard: ImportWizard) {
  await wizard.open();
  await wizard.upload({ name: "skipped.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
  await expect(wizard.detectedFormat).toHaveText("UPR Info database export (CSV)");
}

test("the review and the summary list every row not imported, with why", async ({ page }, info) => {
  const shot = (name: string) => screenshotAtWidths(page, (width) => info.outputPath(`${name}-${width}.png`));
  await signIn(page, "editor");
  const wizard = new ImportWizard(page);
  await upload(wizard);
  const review = page.getByTestId("review-skipped-rows");
  await expect(review).toContainText("3 rows not imported as recommendations of their own, and why");
  await expect(review).toContainText("Line 3: Another recommending State of the recommendation at line 2");
  await expect(review).toContainText("Line 4: Duplicate of line 2.");
  await expect(review).toContainText("Line 5: A voluntary pledge, not a recommendation.");
  await expect(page.getByTestId("already-in-tracker")).toHaveCount(0);
  await shot("skipped-review");

  await wizard.commit();
  await expect(wizard.summary("created")).toHaveText("1");
  await expect(wizard.summary("skipped-rows")).toContainText("Line 4: Duplicate of line 2.");
  await shot("skipped-summary");

  await upload(wizard);
  await expect(page.getByTestId("already-in-tracker")).toHaveText(
    "1 of them is already in the tracker: it is updated where the file changes it, and left as it is otherwise.",
  );
  await wizard.commit();
  await expect(wizard.summary("created")).toHaveText("0");
  const link = wizard.summary("skipped-rows").getByRole("link", { name: /Line 2: Already in the tracker as #\d+/ });
  await expect(link).toBeVisible();
  await shot("skipped-reimport");
  await link.click();
  await expect(page).toHaveURL(/\/recommendations\/\d+$/);
  await expect(page.getByText("Ratify the wizard test convention").first()).toBeVisible();
});

test("an editor corrects the State a file was read as before importing it", async ({ page }, info) => {
  const csv = [
    "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
    "Kazakstan Republic,,,Ratify the corrected-state convention,France,,,Supported,4,Women,20",
  ].join("\n");
  await signIn(page, "editor");
  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.upload({ name: "state.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  const state = page.getByLabel("State under review, group 1");
  await expect(state.locator("option:checked")).toHaveText("Not recognised: Kazakstan Republic");
  await state.focus();
  await state.selectOption("KAZ");
  await expect(page.getByLabel("UPR session, group 1")).toHaveValue("20");
  await screenshotAtWidths(page, (width) => info.outputPath(`detected-${width}.png`));
  // At a phone's width each group's fields stack, so the review is no wider than the screen.
  await page.setViewportSize({ width: 375, height: 900 });
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(375);
  const session = await page.getByLabel("UPR session, group 1").boundingBox();
  expect(session!.x + session!.width).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });
  await wizard.commit();
  await expect(wizard.summary("created")).toHaveText("1");
  await page.goto("/recommendations?state=KAZ&q=corrected-state");
  await expect(page.getByText("Ratify the corrected-state convention").first()).toBeVisible();
});

test("an editor maps a renamed column by hand and the file is read again", async ({ page }, info) => {
  const csv = [
    "To,To-Rgrp,To-Org,Recommendation,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
    "Kazakhstan,,,Ratify the remapped convention,France,,,Supported,4,Women,20",
  ].join("\n");
  await signIn(page, "editor");
  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.upload({ name: "remap.csv", mimeType: "text/csv", buffer: Buffer.from(csv) }, "upr-info");
  await expect(wizard.refused).toBeVisible();
  await page.getByLabel("Read as: Recommendation").selectOption("Text");
  await page.getByRole("button", { name: "Read the file again with this mapping" }).click();
  await expect(wizard.count("recommendations")).toHaveText("1");
  await expect(page.getByLabel("Read as: Recommendation")).toHaveValue("Text");
  await expect(wizard.columnMapping).toContainText("Text of the recommendation");
  await screenshotAtWidths(page, (width) => info.outputPath(`mapping-${width}.png`));
  await wizard.commit();
  await expect(wizard.summary("created")).toHaveText("1");
});
