import { expect, test } from "@playwright/test";
import { signIn } from "./support";

/* A document whose source gave no title of its own carries its symbol as the title: named once. */
test("records name a document by its symbol once when its title is the symbol", async ({ page }) => {
  await signIn(page, "editor");
  const made = await page.request.post("/api/v1/documents", {
    data: { symbol: "CCPR/C/NOR/CO/50", title: "CCPR/C/NOR/CO/50", kind: "concluding_observations" },
  });
  expect(made.status(), await made.text()).toBe(201);
  await page.goto("/records/documents");
  const table = page.getByTestId("record-table");
  await expect(table.getByRole("link", { name: "CCPR/C/NOR/CO/50", exact: true })).toBeVisible();
  await expect(table).not.toContainText("CCPR/C/NOR/CO/50 — CCPR/C/NOR/CO/50");
});
