import { expect, test } from "@playwright/test";
import { Dashboard } from "./pages/dashboard";
import { Workbench } from "./pages/workbench";
import { FOUNDING_CASE, signIn } from "./support";

test("a viewer sees the story but no editing controls", async ({ page }) => {
  await signIn(page, "viewer");
  const story = await Workbench.openFoundingCase(page);
  await expect(story.editorControls).toHaveCount(0);
  await expect(story.workbench).toHaveCount(0);
});

test("an editor records a new reply and a new assessment, and the dashboard's status changes", async ({ page }) => {
  await signIn(page, "editor");
  const story = await Workbench.openFoundingCase(page);

  const response = await story.addResponse({
    date: "2025-06-30",
    stance: "Partially accepts",
    quote: "A draft law on alternative civilian service is under consideration.",
  });
  await expect(response.getByTestId("form-message")).toHaveText("State response recorded.");
  await expect(story.timeline).toContainText("A draft law on alternative civilian service is under consideration.");

  const assessment = await story.addAssessment({
    date: "2025-07",
    status: "Partially implemented",
    rationale: "A draft law exists but has not been adopted.",
  });
  await expect(assessment.getByTestId("form-message")).toContainText("Assessment recorded");
  await expect(story.status).toHaveText("Partially implemented");

  const dashboard = new Dashboard(page);
  await dashboard.open();
  await expect(dashboard.trackedItem(FOUNDING_CASE).getByTestId("status-badge")).toHaveText("Partially implemented");
});

test("a bad date is refused with a field message and nothing typed is lost", async ({ page }) => {
  await signIn(page, "editor");
  const story = await Workbench.openFoundingCase(page);
  const response = await story.addResponse({ date: "2024-02-30", stance: "Accepts", quote: "Words worth keeping." });
  await expect(response.getByTestId("error-date")).not.toBeEmpty();
  await expect(response.getByLabel("Quote")).toHaveValue("Words worth keeping.");
  await expect(story.timeline).not.toContainText("Words worth keeping.");
});

test("two editors change the same recommendation: the second sees the conflict and keeps what they typed", async ({
  browser,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "editor");
  await signIn(second, "admin");
  await Workbench.openFoundingCase(first);
  const url = first.url();
  await first.goto(`${url}/edit`);
  await second.goto(`${url}/edit`);

  await first.getByLabel("Subject").fill(`${FOUNDING_CASE} (edited)`);
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("heading", { level: 1 })).toHaveText(`${FOUNDING_CASE} (edited)`);

  await second.getByLabel("Subject").fill("Conscientious objection: my wording");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByTestId("conflict")).toBeVisible();
  await expect(second.getByTestId("theirs-subject")).toHaveText(`${FOUNDING_CASE} (edited)`);
  await expect(second.getByLabel("Subject")).toHaveValue("Conscientious objection: my wording");
  await second.screenshot({ path: "test-results/screens/conflict.png", fullPage: true });

  // Saving again is a deliberate overwrite from the newer version.
  await second.getByRole("button", { name: "Save mine anyway" }).click();
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Conscientious objection: my wording");
});
