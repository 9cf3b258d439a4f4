import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

async function openFoundingCase(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: /^Conscientious objection and alternative civilian service/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Conscientious objection and alternative civilian service",
  );
}

test("a viewer sees the story but no editing controls", async ({ page }) => {
  await signIn(page, "viewer");
  await openFoundingCase(page);
  await expect(page.getByTestId("editor-controls")).toHaveCount(0);
  await expect(page.getByTestId("workbench")).toHaveCount(0);
});

test("an editor records a new reply and a new assessment, and the dashboard's status changes", async ({ page }) => {
  await signIn(page, "editor");
  await openFoundingCase(page);

  await page.getByText("Add a state response").click();
  const response = page.getByTestId("add-response");
  await response.getByLabel("Date *").fill("2025-06-30");
  await response.getByLabel("Stance *").selectOption({ label: "Partially accepts" });
  await response.getByLabel("Quote").fill("A draft law on alternative civilian service is under consideration.");
  await response.getByRole("button", { name: "Record response" }).click();
  await expect(response.getByTestId("form-message")).toHaveText("State response recorded.");
  await expect(page.getByTestId("story-timeline")).toContainText(
    "A draft law on alternative civilian service is under consideration.",
  );

  await page.getByText("Add an assessment").click();
  const assessment = page.getByTestId("add-assessment");
  await assessment.getByLabel("Date *").fill("2025-07");
  await assessment.getByLabel("Status *").selectOption({ label: "Partially implemented" });
  await assessment.getByLabel("Rationale *").fill("A draft law exists but has not been adopted.");
  await assessment.getByRole("button", { name: "Record assessment" }).click();
  await expect(assessment.getByTestId("form-message")).toContainText("Assessment recorded");
  await expect(page.getByTestId("status-badge").first()).toHaveText("Partially implemented");

  await page.goto("/");
  const item = page
    .getByTestId("tracked-list")
    .getByRole("listitem")
    .filter({ hasText: "Conscientious objection and alternative civilian service" });
  await expect(item.getByTestId("status-badge")).toHaveText("Partially implemented");
});

test("a bad date is refused with a field message and nothing typed is lost", async ({ page }) => {
  await signIn(page, "editor");
  await openFoundingCase(page);
  await page.getByText("Add a state response").click();
  const response = page.getByTestId("add-response");
  await response.getByLabel("Date *").fill("2024-02-30");
  await response.getByLabel("Stance *").selectOption({ label: "Accepts" });
  await response.getByLabel("Quote").fill("Words worth keeping.");
  await response.getByRole("button", { name: "Record response" }).click();
  await expect(response.getByTestId("error-date")).not.toBeEmpty();
  await expect(response.getByLabel("Quote")).toHaveValue("Words worth keeping.");
  await expect(page.getByTestId("story-timeline")).not.toContainText("Words worth keeping.");
});

test("two editors change the same recommendation: the second sees the conflict and keeps what they typed", async ({
  browser,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "editor");
  await signIn(second, "admin");
  await openFoundingCase(first);
  const url = first.url();
  await first.goto(`${url}/edit`);
  await second.goto(`${url}/edit`);

  await first.getByLabel("Subject").fill("Conscientious objection and alternative civilian service (edited)");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("heading", { level: 1 })).toHaveText(
    "Conscientious objection and alternative civilian service (edited)",
  );

  await second.getByLabel("Subject").fill("Conscientious objection: my wording");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByTestId("conflict")).toBeVisible();
  await expect(second.getByTestId("theirs-subject")).toHaveText(
    "Conscientious objection and alternative civilian service (edited)",
  );
  await expect(second.getByLabel("Subject")).toHaveValue("Conscientious objection: my wording");
  await second.screenshot({ path: "test-results/screens/conflict.png", fullPage: true });

  // Saving again is a deliberate overwrite from the newer version.
  await second.getByRole("button", { name: "Save mine anyway" }).click();
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Conscientious objection: my wording");
});
