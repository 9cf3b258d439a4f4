import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/*
 * Every recorded fact can be corrected or withdrawn from the recommendation
 * page (README, "Roles"): an editor corrects the founding case's 2024 reply,
 * archives its assessment — asked first, the record named — and restores it
 * from the bin; a viewer sees none of it; the audit log has every step.
 */

const QUOTE = "The law does not directly recognise the right of an individual to refuse to carry out military service";

async function openFoundingCase(page: Page) {
  await page.goto("/recommendations?q=%22alternative%20service%20of%20a%20civilian%20nature%22&body=CCPR");
  await page
    .getByTestId("results")
    .getByRole("link", { name: "Conscientious objection and alternative civilian service" })
    .click();
  // The story is the heaviest page; on a busy machine it can take a while.
  await expect(page).toHaveURL(/\/recommendations\/\d+$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Conscientious objection and alternative civilian service",
  );
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

test("a viewer sees none of the correction controls, no Archived section and no bin", async ({ page }) => {
  await signIn(page, "viewer");
  await openFoundingCase(page);
  const main = page.getByRole("main");
  for (const name of [
    /^Edit state response$/,
    /^Archive state response$/,
    /^Edit assessment$/,
    /^Archive assessment$/,
    /^Edit evidence$/,
    /^Archive evidence$/,
    /^Remove reiteration link$/,
    /^Restore/,
  ])
    await expect(main.getByRole("button", { name })).toHaveCount(0);
  await expect(main.getByRole("heading", { name: "Archived" })).toHaveCount(0);
  expect((await page.goto("/admin/archive"))?.status()).toBe(404);
  expect((await page.request.get("/api/v1/recommendations?archived=1")).status()).toBe(403);
});

test("an editor corrects a state response's quote, archives an assessment and restores it from the bin; all audited", async ({
  page,
}) => {
  // The whole flow twice (two widths), some twenty page loads: on two busy cores it can pass a minute.
  test.setTimeout(150_000);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, "editor");
    await openFoundingCase(page);
    await shot(page, `controls-${width}`);
    await page.getByRole("button", { name: "Sign out" }).click();
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "editor");
  await openFoundingCase(page);
  const timeline = page.getByTestId("story-timeline");
  const reply = timeline
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: "Edit state response" }) });
  await expect(reply).toContainText(QUOTE);

  // Correct the quote: the form opens with the record as saved.
  await reply.getByRole("button", { name: "Edit state response" }).click();
  const form = reply.locator("form[data-testid^='edit-response-']");
  await expect(form.getByLabel("Stance *")).toHaveValue("rejects");
  await expect(form.getByLabel("Date *")).toHaveValue("2024-04-02");
  await shot(page, "edit-response-form");
  await reply.screenshot({ path: "test-results/screens/edit-response-item.png" });
  await form.getByLabel("Quote").fill(`${QUOTE} on religious or other grounds (corrected).`);
  await form.getByRole("button", { name: "Save correction" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("State response corrected.");
  await expect(timeline).toContainText("on religious or other grounds (corrected).");

  // Archive the assessment: asked first, naming the record.
  const assessment = timeline.getByRole("listitem").filter({ hasText: "Demo assessment based on Forum 18 reporting" });
  await assessment.getByRole("button", { name: "Archive assessment" }).click();
  const dialog = page.getByRole("dialog", { name: "Archive assessment" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    "Archive the assessment Not implemented, May 2024 “No law recognises conscientious",
  );
  await shot(page, "archive-confirmation");
  await dialog.screenshot({ path: "test-results/screens/archive-dialog.png" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("status-badge").first()).toHaveText("Not implemented");
  await assessment.getByRole("button", { name: "Archive assessment" }).click();
  await dialog.getByRole("button", { name: "Yes, archive it" }).click();

  // It leaves the story and the counts, and waits in the Archived section.
  await expect(timeline).not.toContainText("Demo assessment based on Forum 18 reporting");
  await expect(page.getByTestId("status-badge").first()).toHaveText("Not assessed");
  await expect(page.getByTestId("outstanding-since")).toHaveCount(0);
  const archived = page.getByTestId("archived-history");
  await expect(archived).toContainText("Assessment · Not implemented, May 2024");
  await expect(archived.getByRole("button", { name: "Restore assessment" })).toBeVisible();
  await archived
    .locator("xpath=ancestor::section[1]")
    .screenshot({ path: "test-results/screens/archived-section.png" });

  // The bin (linked from the Archived section) restores it.
  await page.getByRole("link", { name: "Every archived record →" }).click();
  await expect(page).toHaveURL(/\/admin\/archive$/);
  await expect(page.getByRole("heading", { level: 1, name: "Archived records" })).toBeVisible();
  await shot(page, "bin-1280");
  await page.setViewportSize({ width: 375, height: 900 });
  await shot(page, "bin-375");
  await page.setViewportSize({ width: 1280, height: 900 });
  const row = page.getByTestId("bin").getByRole("listitem").filter({ hasText: "Not implemented · May 2024" });
  await row.getByRole("button", { name: "Restore assessment" }).click();
  await expect(
    page.getByTestId("bin").getByRole("listitem").filter({ hasText: "Not implemented · May 2024" }),
  ).toHaveCount(0);

  await openFoundingCase(page);
  await expect(page.getByTestId("status-badge").first()).toHaveText("Not implemented");
  await expect(page.getByTestId("outstanding-since")).toHaveText("Outstanding since 2011");
  await expect(timeline).toContainText("Demo assessment based on Forum 18 reporting");

  // Every step is in the audit log, in the editor's name.
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "admin");
  await page.goto("/admin/audit?entity=assessment");
  const entries = page.getByTestId("audit-entries").locator(":scope > li");
  await expect(
    entries.filter({ hasText: /editor@e2e\.test\s*Archived\s*Assessment of CCPR\/C\/KAZ\/CO\/2/ }),
  ).toHaveCount(1);
  await expect(
    entries.filter({ hasText: /editor@e2e\.test\s*Restored\s*Assessment of CCPR\/C\/KAZ\/CO\/2/ }),
  ).toHaveCount(1);
  await page.goto("/admin/audit?entity=state_response");
  await expect(
    page
      .getByTestId("audit-entries")
      .locator(":scope > li")
      .filter({ hasText: /editor@e2e\.test\s*Changed\s*State response to CCPR\/C\/KAZ\/CO\/2/ }),
  ).toHaveCount(1);
  await expect(page.getByTestId("audit-entries")).toContainText("(corrected)");
});

test("a stale edit gets the conflict screen and keeps what was typed", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "editor");
  await signIn(second, "admin");
  await openFoundingCase(first);
  await openFoundingCase(second);
  for (const p of [first, second])
    await p.getByTestId("story-timeline").getByRole("button", { name: "Edit state response" }).click();
  const formOf = (p: Page) => p.getByTestId("story-timeline").locator("form[data-testid^='edit-response-']");
  await formOf(first).getByLabel("Notes").fill("Checked against the reply's Russian original.");
  await formOf(first).getByRole("button", { name: "Save correction" }).click();
  await expect(formOf(first).getByTestId("form-message")).toHaveText("State response corrected.");

  await formOf(second).getByLabel("Notes").fill("My note.");
  await formOf(second).getByRole("button", { name: "Save correction" }).click();
  await expect(formOf(second).getByTestId("conflict")).toBeVisible();
  await expect(formOf(second).getByTestId("theirs-notes")).toHaveText("Checked against the reply's Russian original.");
  await expect(formOf(second).getByLabel("Notes")).toHaveValue("My note.");
});

test("a reiteration link is removed (named, confirmed) and restored from the recommendation page", async ({ page }) => {
  await signIn(page, "editor");
  await openFoundingCase(page);
  const chain = page.getByRole("complementary").getByRole("listitem").filter({ hasText: "CCPR/C/KAZ/CO/1" });
  await chain.getByRole("button", { name: "Remove reiteration link" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove reiteration link" });
  await expect(dialog).toContainText("Remove the reiteration link to CCPR/C/KAZ/CO/1, para. 23 (2011)?");
  await dialog.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(page.getByRole("complementary")).not.toContainText("CCPR/C/KAZ/CO/1");
  // The chain began in 2011 only through the link: without it the story still has its own assessment.
  await expect(page.getByTestId("outstanding-since")).toHaveText("Outstanding since 2016");
  await page.getByTestId("archived-history").getByRole("button", { name: "Restore reiteration link" }).click();
  await expect(page.getByTestId("outstanding-since")).toHaveText("Outstanding since 2011");
  await expect(page.getByRole("complementary")).toContainText("CCPR/C/KAZ/CO/1");
});
