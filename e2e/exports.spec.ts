import fs from "node:fs";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { signIn } from "./support";

/** Clicks a download link and returns the file's name and bytes. */
async function download(
  page: Page,
  name: string | RegExp,
  scope: Page | Locator = page,
): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    scope.getByRole("link", { name, exact: typeof name === "string" }).click(),
  ]);
  const path = await file.path();
  return { file, bytes: fs.readFileSync(path) };
}

const today = () => new Date().toISOString().slice(0, 10);

test("a viewer downloads Kazakhstan's recommendations as CSV and Excel from the state page, and both open with the founding case", async ({
  page,
}) => {
  await signIn(page, "viewer", "/states/KAZ");
  await page.goto("/states/KAZ");
  await expect(page.getByRole("heading", { name: "Kazakhstan" })).toBeVisible();
  const buttons = page.getByTestId("export-buttons");

  const csv = await download(page, "Download CSV", buttons);
  expect(csv.file.suggestedFilename()).toBe(`recommendations-KAZ-${today()}.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parse<Record<string, string>>(csv.bytes.toString("utf8").slice(1), { columns: true });
  // Every recommendation to Kazakhstan (the founding case and any other demo data), and only those.
  expect(records.length).toBeGreaterThanOrEqual(3);
  expect(new Set(records.map((r) => r["State"]))).toEqual(new Set(["Kazakhstan"]));
  const founding = records.find((r) => r["Reiterates"] === "CCPR/C/KAZ/CO/1, para. 23")!;
  expect(founding).toMatchObject({
    "Document symbol": "CCPR/C/KAZ/CO/2",
    State: "Kazakhstan",
    "Outstanding since": "2011",
    "Latest state response": "Rejects / does not recognise",
  });

  const xlsx = await download(page, "Download Excel", buttons);
  expect(xlsx.file.suggestedFilename()).toBe(`recommendations-KAZ-${today()}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const symbols = Array.from(
    { length: sheet.actualRowCount - 1 },
    (_, i) => sheet.getRow(i + 2).getCell(header.indexOf("Document symbol") + 1).value,
  );
  expect(symbols).toHaveLength(records.length);
  expect(symbols.filter((s) => s === "CCPR/C/KAZ/CO/2")).toHaveLength(2);
  expect(symbols).toContain("CCPR/C/KAZ/CO/1");
  expect(workbook.getWorksheet("About this export")).toBeDefined();
});

test("a viewer makes Kazakhstan's state report on the Reports page, reads it, and downloads the PDF", async ({
  page,
}) => {
  await signIn(page, "viewer", "/reports");
  await page.getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { name: "Reports" })).toBeVisible();
  await page.locator("#report-state").selectOption("KAZ");
  await page.getByRole("checkbox", { name: /^CCPR / }).check();
  await page.getByLabel("From", { exact: true }).fill("2011");
  await page.getByLabel("To", { exact: true }).fill("2024");
  await page.getByRole("button", { name: "Show the report" }).click();

  await expect(page).toHaveURL(/\/reports\/state\/KAZ\?body=CCPR&from=2011&to=2024$/);
  const report = page.getByTestId("state-report");
  await expect(report.getByRole("heading", { level: 1 })).toHaveText(
    "Implementation of UN human-rights recommendations: Kazakhstan",
  );
  await expect(page.getByTestId("report-filters")).toContainText("Human Rights Committee (CCPR)");
  await expect(page.getByTestId("report-filters")).toContainText("2011 – 2024");
  await expect(page.getByTestId("report-chains")).toContainText("Outstanding since 2011");
  // Grouped by status, most serious first: the founding case is in the "not implemented" group.
  await expect(page.getByTestId("report-group-not_implemented").getByTestId("report-table")).toContainText(
    "Daniil Smal",
  );

  const pdf = await download(page, "Download PDF");
  expect(pdf.file.suggestedFilename()).toBe(`report-KAZ-CCPR-years-2011-2024-${today()}.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true });
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain("Outstanding since 2011");
  expect(flat).toContain("CCPR/C/KAZ/CO/2");
  expect(flat).toContain("Daniil Smal");
});

test("the list's export links carry its filters, and signed-out requests are refused", async ({ page, request }) => {
  const refused = await request.get("/api/export/recommendations.csv?state=KAZ");
  expect(refused.status()).toBe(401);
  await signIn(page, "viewer", "/recommendations?state=KAZ&status=not_implemented");
  await page.goto("/recommendations?state=KAZ&status=not_implemented");
  const csv = await download(page, "Download CSV", page.getByTestId("export-buttons"));
  const records = parse<Record<string, string>>(csv.bytes.toString("utf8").slice(1), { columns: true });
  expect(records.length).toBeGreaterThan(0);
  expect(new Set(records.map((r) => r["Current status"]))).toEqual(new Set(["Not implemented"]));
});
