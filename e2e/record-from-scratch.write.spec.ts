import { expect, test } from "@playwright/test";
import { signIn } from "./support";

/**
 * An editor records a case from nothing, through the screens alone:
 * state → review cycle → UN document → recommendation → state response → assessment.
 */
test("an editor records a new case from scratch through the UI", async ({ page }) => {
  await signIn(page, "editor");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Records" }).click();

  await page
    .getByRole("main")
    .getByRole("link", { name: /^States/ })
    .click();
  // Other specs and the demo import create many states; take the first of these codes still free.
  const candidates = [
    ["ATA", "Antarctica"],
    ["BVT", "Bouvet Island"],
    ["HMD", "Heard Island and McDonald Islands"],
    ["SGS", "South Georgia"],
  ];
  let state: string[] | null = null;
  for (const [code, name] of candidates) {
    await page.goto("/records/states/new");
    await page.getByLabel("ISO code *").fill(code);
    await page.getByLabel("Name *").fill(name);
    await page.getByRole("button", { name: "Create" }).click();
    const created = page.getByText("State created.");
    const duplicate = page.getByTestId("error-code");
    await expect(created.or(duplicate.filter({ hasText: /./ }))).toBeVisible();
    if (await created.isVisible()) {
      state = [code, name];
      break;
    }
  }
  expect(state, "one of the candidate states could be created").not.toBeNull();
  const [code, name] = state!;

  await page.goto("/records/cycles/new");
  await page.getByLabel("State *").selectOption({ label: `${name} (${code})` });
  await page.getByLabel("Body *").selectOption({ label: "CCPR — Human Rights Committee" });
  await page.getByLabel("Cycle number *").fill("2");
  await page.getByLabel("Concluding observations adopted").fill("2014-03");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText("Review cycle created.")).toBeVisible();

  await page.goto("/records/documents/new");
  await page.getByLabel("Kind *").selectOption({ label: "Concluding observations" });
  await page.getByLabel("UN symbol").fill(`CCRP/C/${code}/CO/2`);
  await page.getByLabel("Title *").fill(`Concluding observations on the second periodic report of ${name}`);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("error-symbol")).toContainText("CCPR");
  await expect(page.getByLabel("Title *")).toHaveValue(
    `Concluding observations on the second periodic report of ${name}`,
  );
  await page.getByLabel("UN symbol").fill(`CCPR/C/${code}/CO/2`);
  await page.getByLabel("Date").fill("2014-03");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText("Document created.")).toBeVisible();

  await page.goto("/recommendations/new");
  await page.getByLabel("Review cycle *").selectOption({ label: `${name} · CCPR · cycle 2 (2014)` });
  await page.getByLabel("Source document").selectOption({
    label: `CCPR/C/${code}/CO/2 — Concluding observations on the second periodic report of ${name} (2014-03)`,
  });
  await page.getByLabel("Paragraph").fill("24 (b)");
  await page.getByLabel("Subject").fill("Torture in pre-trial detention");
  await page
    .getByLabel("Text of the recommendation *")
    .fill("The State party should ensure that all allegations of torture are promptly investigated.");
  await page.getByLabel("Themes").fill("Torture and other cruel, inhuman or degrading treatment");
  await page.getByRole("button", { name: "Create recommendation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Torture in pre-trial detention");
  await expect(page.getByTestId("status-badge").first()).toHaveText("Not assessed");

  await page.getByText("Add a state response").click();
  const response = page.getByTestId("add-response");
  await response.getByLabel("Date *").fill("2016-05-10");
  await response.getByLabel("Stance *").selectOption({ label: "Accepts" });
  await response.getByRole("button", { name: "Record response" }).click();
  await expect(response.getByTestId("form-message")).toHaveText("State response recorded.");

  await page.getByText("Add an assessment").click();
  const assessment = page.getByTestId("add-assessment");
  await assessment.getByLabel("Date *").fill("2018");
  await assessment.getByLabel("Status *").selectOption({ label: "Not implemented" });
  await assessment.getByLabel("Rationale *").fill("No investigation was opened in the cases we documented.");
  await assessment.getByRole("button", { name: "Record assessment" }).click();
  await expect(page.getByTestId("status-badge").first()).toHaveText("Not implemented");
  await expect(page.getByTestId("story-timeline")).toContainText(`CCPR/C/${code}/CO/2`);

  // The audit log (admin) shows the changes with who made them.
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, "admin");
  await page.goto("/admin/audit?entity=recommendation");
  await expect(page.getByTestId("audit-entries")).toContainText("editor@e2e.test");
  await expect(page.getByTestId("audit-entries")).toContainText("Torture in pre-trial detention");
});
