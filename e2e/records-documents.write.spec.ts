import { expect, test } from "@playwright/test";
import { signIn } from "./support";

/* A document whose source gave no title of its own carries its symbol as the title: named once. */
test("records name a document by its symbol once when its title is the symbol", async ({ page }) => {
  await signIn(page, "editor");
  // Its own number, so a retry of this test does not meet the document the first try made.
  const symbol = `CCPR/C/NOR/CO/${100 + (Date.now() % 900)}`;
  const made = await page.request.post("/api/v1/documents", {
    data: { symbol, title: symbol, kind: "concluding_observations" },
  });
  expect(made.status(), await made.text()).toBe(201);
  // Searched for: earlier specs import many documents, so it may not be on the list's first page.
  await page.goto(`/records/documents?q=${encodeURIComponent(symbol)}`);
  const table = page.getByTestId("record-table");
  await expect(table.getByRole("link", { name: symbol, exact: true })).toBeVisible();
  await expect(table).not.toContainText(`${symbol} — ${symbol}`);
});
