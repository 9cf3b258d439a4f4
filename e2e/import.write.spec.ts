import path from "node:path";
import { expect, test } from "@playwright/test";
import { ImportWizard } from "./pages/import-wizard";
import { signIn } from "./support";

/**
 * An editor brings a real OHCHR thematic list (Slovenia, UPR session
 * 20) in through the wizard — upload, detected format, preview, report,
 * import, summary — and a second import of the same file creates nothing.
 * tests/fixtures/real/ohchr-upr-thematic-lists/SOURCE.md: 163 recommendations,
 * 142 Supported, 21 Noted.
 */
const FILE = path.resolve(
  "tests/fixtures/real/ohchr-upr-thematic-lists/UPR20__Slovenia_ThematicListRecommendations_E.docx",
);

async function uploadAndCheck(wizard: ImportWizard) {
  await wizard.open();
  await expect(wizard.format).toHaveValue("");
  await expect(wizard.format.locator("option:checked")).toHaveText("Detect automatically");
  await wizard.upload(FILE);
  await expect(wizard.detectedFormat).toHaveText("OHCHR UPR thematic list (Word .docx)");
}

test("an editor imports an OHCHR thematic list through the wizard; importing it again creates nothing", async ({
  page,
}, info) => {
  const shot = (name: string) => page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
  await signIn(page, "editor");
  const wizard = new ImportWizard(page);

  await wizard.open();
  await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
  await expect(page.getByText("Files up to 50 MB")).toBeVisible();
  await shot("1-upload");

  await uploadAndCheck(wizard);
  await expect(wizard.detectedEncoding).toHaveText("Word document (.docx)");
  await expect(wizard.count("recommendations")).toHaveText("163");
  await expect(wizard.count("supported")).toHaveText("142");
  await expect(wizard.count("noted")).toHaveText("21");
  await expect(wizard.columnMapping).toContainText("Text of the recommendation");
  await expect(page.getByTestId("preview-table").getByRole("columnheader", { name: "Line" })).toBeVisible();
  expect(await wizard.previewRows.count()).toBeGreaterThan(5);
  await expect(page.getByTestId("issue-counts")).toContainText("0 errors");
  await shot("2-check");

  await wizard.commit();
  await expect(wizard.summary("created")).toHaveText("163");
  await expect(wizard.summary("updated")).toHaveText("0");
  await expect(page.getByTestId("reimport-note")).toHaveCount(0);
  await shot("4-summary");

  await wizard.seeImported();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "UPR20__Slovenia_ThematicListRecommendations_E.docx",
  );
  await expect(page.getByRole("heading", { name: "163 recommendations" })).toBeVisible();
  const list = page.getByTestId("batch-recommendations");
  await expect(list.locator("li")).toHaveCount(50);
  await expect(list).toContainText("Slovenia");
  await expect(page.getByText("Page 1 of 4")).toBeVisible();
  await expect(page.getByTestId("wider-view")).toHaveAttribute("href", "/recommendations?state=SVN&body=UPR");
  await shot("5-batch");
  await list.locator("li a").first().click();
  await expect(page).toHaveURL(/\/recommendations\/\d+$/);
  await expect(
    page.getByText("Take further steps for the ratification of several international treaties").first(),
  ).toBeVisible();

  await uploadAndCheck(wizard);
  await wizard.commit();
  await expect(wizard.summary("created")).toHaveText("0");
  await expect(wizard.summary("updated")).toHaveText("0");
  await expect(wizard.summary("skipped")).toHaveText("163");
  await expect(page.getByTestId("reimport-note")).toBeVisible();
  await shot("6-reimport");
  await wizard.seeImported();
  await expect(page.getByRole("heading", { name: "163 recommendations" })).toBeVisible();
  await wizard.open();
  // Newest first: the re-import (0 created) above the first import (163); the demo seed's imports below.
  const recent = wizard.recentImports;
  await expect(recent.nth(0)).toContainText("UPR20__Slovenia");
  await expect(recent.nth(0).locator("td").nth(5)).toHaveText("0");
  await expect(recent.nth(1)).toContainText("UPR20__Slovenia");
  await expect(recent.nth(1).locator("td").nth(5)).toHaveText("163");
});

test("a file with errors is refused at the check step, with its problems listed", async ({ page }, info) => {
  await signIn(page, "editor");
  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.upload({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from("Name,Phone\nAnna,123\n") });
  await expect(wizard.detectedFormat).toHaveText("Not recognised");
  await expect(page.getByTestId("issues")).toContainText("Headers found: Name, Phone.");
  await expect(wizard.refused).toContainText("Nothing was imported.");
  await expect(wizard.importButton).toHaveCount(0);
  await page.screenshot({ path: info.outputPath("refused.png"), fullPage: true });
});

test("a 1.5 MB UPR Info export (Mac Roman, CR line endings) uploads and is checked without being imported", async ({
  page,
}) => {
  await signIn(page, "editor");
  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.upload(path.resolve("tests/fixtures/real/upr-info-2008-2014/1-5.csv"));
  await expect(wizard.detectedFormat).toHaveText("UPR Info database export (CSV)");
  await expect(wizard.detectedEncoding).toHaveText("Mac Roman");
  // tests/import/real-upr-info.test.ts: 6,094 rows, 451 folded into multi-State recommendations.
  await expect(wizard.count("rows")).toHaveText("6,094");
  await expect(wizard.count("recommendations")).toHaveText("5,643");
  await expect(wizard.columnMapping).toContainText("Recommending States");
  await expect(wizard.previewRows).toHaveCount(20);
  await expect(wizard.importButton).toBeVisible();
});

test("a viewer cannot reach the import wizard nor upload a file, and reads which role it needs", async ({ page }) => {
  await signIn(page, "viewer");
  const wizard = new ImportWizard(page);
  await wizard.open();
  await expect(page.getByRole("heading", { name: "This page needs the editor role" })).toBeVisible();
  await expect(wizard.file).toHaveCount(0);
  const upload = await page.request.post("/import/upload", {
    multipart: { file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("To,Text\nA,B\n") } },
  });
  expect(upload.status()).toBe(403);
  await page.goto("/import/batches/1");
  await expect(page.getByTestId("role-required")).toContainText("This page needs the editor role");
  await expect(page.getByTestId("wider-view")).toHaveCount(0);
});
