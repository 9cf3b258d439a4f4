import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/*
 * Pages say what is known in the words people use: UPR recommendations by
 * their session and year and the states that made them, no placeholder where
 * nothing is known, no text twice; records named by what they are; the audit
 * log with labels, not column names.
 */

const PLACEHOLDERS = /paragraph not known|document not known|Undated|UNDATED|\(\?\)| · \? /;

async function mainText(page: Page) {
  return (await page.getByRole("main").innerText()).replace(/\s+/g, " ");
}

test("a UPR recommendation shows its session, year and recommending state, and its text once", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/recommendations?state=KAZ&body=UPR&q=%22death%20penalty%20in%20all%20circumstances%22");
  const result = page.getByTestId("result").first();
  await expect(result).toContainText("UPR session 7 (2010)");
  await expect(result).toContainText("Recommended by France");
  await result.getByRole("link").first().click();

  const reference = page.getByTestId("recommendation-reference");
  await expect(reference).toContainText("UPR session 7 (2010)");
  await expect(reference).toContainText("Recommended by France");
  const heading = await page.getByRole("heading", { level: 1 }).innerText();
  expect(heading).toMatch(/^Abolish the death penalty in all circumstances/);
  expect(heading).not.toMatch(/\w…$/); // never cut inside a word
  const text = await mainText(page);
  expect(text).not.toMatch(PLACEHOLDERS);
  // The whole recommendation is the heading: it is not quoted again below it, nor in the timeline.
  expect(text.split(heading.replace(/\s+/g, " ")).length - 1).toBe(1);
  await expect(page.getByTestId("recommendation-text")).toHaveCount(0);
  await expect(page.getByTestId("story-timeline")).toContainText("2010 · UN recommendation");
  await expect(page.getByTestId("at-a-glance")).toContainText("UPR session 7 (2010)");
});

test("the list names what it can and leaves out what it cannot", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/recommendations?state=KAZ");
  await expect(page.getByTestId("results")).toBeVisible();
  expect(await mainText(page)).not.toMatch(PLACEHOLDERS);
  await page.goto("/");
  await expect(page.getByTestId("tracked-list")).toContainText("CCPR/C/KAZ/CO/2");
  expect(await mainText(page)).not.toMatch(PLACEHOLDERS);
});

test("records screens name each review cycle by state, body, number and years", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/records/cycles");
  const table = page.getByTestId("record-table");
  await expect(table).toContainText("Kazakhstan · CCPR · cycle 3 (2024–2025)");
  await expect(table).toContainText("Kazakhstan · UPR · cycle 2 (session 20, 2014)");
  await expect(table).toContainText("11 July 2025");
  await table.getByRole("link", { name: "Kazakhstan · CCPR · cycle 1 (2011)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kazakhstan · CCPR · cycle 1 (2011)");
  // The audit log is for admins: an editor gets no link to it.
  await expect(page.getByTestId("record-history-link")).toHaveCount(0);
});

test("the audit log reads in labels and links, and every record page opens its history", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/audit");
  const entries = page.getByTestId("audit-entries");
  await expect(entries).toContainText("File fingerprint (SHA-256)");
  await expect(entries).toContainText("UPR positions recorded as state responses");
  const text = await entries.innerText();
  for (const raw of ["sha256", "fileName", "positionResponses", "import_batch", "duplicatesMerged"])
    expect(text).not.toContain(raw);
  await expect(entries.getByRole("link", { name: /^Import #\d+: 17-20\.csv/ })).toBeVisible();
  const kinds = await page.getByLabel("Kind of record").locator("option").allInnerTexts();
  expect(kinds).toContain("Import");
  expect(kinds.filter((k) => k === "Recommendation").length).toBeLessThanOrEqual(1);
  await expect(page.getByLabel("Record id")).toHaveCount(0);

  await page.getByLabel("Containing").fill("6-9.csv");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("audit-entry")).toHaveCount(1);

  await page.goto("/records/cycles");
  await page.getByRole("link", { name: "Kazakhstan · CCPR · cycle 3 (2024–2025)" }).click();
  await page.getByTestId("record-history-link").click();
  await expect(page.getByTestId("record-history")).toContainText(
    "Review cycle: Kazakhstan · CCPR · cycle 3 (2024–2025)",
  );

  await page.goto("/recommendations?state=KAZ&body=CCPR&cycle=1");
  await page.getByTestId("results").getByRole("link").first().click();
  await page.getByTestId("record-history-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History of this record");
  await expect(page.getByTestId("record-history")).toContainText("CCPR/C/KAZ/CO/1, para. 23");
});
