import { expect, test } from "@playwright/test";
import { signIn } from "./support";

/**
 * A full round trip: an editor downloads the CSV of Kazakhstan's
 * Human Rights Committee recommendations from the list and imports it back
 * through the wizard. The tracker recognises its own export and its own
 * recommendations: nothing is created, nothing is added to any history.
 */
test("an editor imports the tracker's own CSV export back: recognised, nothing created or added", async ({
  page,
}, info) => {
  await signIn(page, "editor");
  await page.goto("/recommendations?state=KAZ&body=CCPR");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).first().click(),
  ]);
  const file = info.outputPath("kaz-ccpr.csv");
  await download.saveAs(file);

  await page.goto("/import");
  await page.getByLabel("File").setInputFiles(file);
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.getByTestId("detected-format")).toHaveText("Treaty Tracker CSV export");
  await expect(page.getByTestId("issue-counts")).toContainText("0 errors");
  await page.getByRole("button", { name: "Import", exact: true }).click();

  await expect(page.getByTestId("summary-created")).toHaveText("0");
  await expect(page.getByTestId("summary-updated")).toHaveText("0");
  await expect(page.getByTestId("summary-history")).toHaveText(
    "History added from the export: 0 statuses, 0 state responses, 0 follow-up grades, 0 reiteration links.",
  );
  // Nothing was imported, so there is no imported set to link to.
  await expect(page.getByRole("link", { name: "See the imported recommendations" })).toHaveCount(0);
  await page.screenshot({ path: info.outputPath("tracker-reimport.png"), fullPage: true });
});
