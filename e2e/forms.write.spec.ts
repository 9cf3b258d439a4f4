import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/*
 * No defaults that record a false fact, no fact from the future, and the
 * earlier recommendation found by typing: the forms as an editor uses them.
 */

async function openWorkbench(page: Page, url: string, section: string) {
  await page.goto(url);
  await page.getByText(section).click();
}

async function foundingCaseUrl(page: Page) {
  await page.goto("/recommendations?q=%22alternative%20service%20of%20a%20civilian%20nature%22&body=CCPR");
  return (await page.getByTestId("results").getByRole("link").first().getAttribute("href"))!;
}

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

test("choices start at 'Choose…'; submitting without choosing says what is missing and records nothing", async ({
  page,
}) => {
  await signIn(page, "editor");
  const url = await foundingCaseUrl(page);
  await openWorkbench(page, url, "Add a state response");
  const response = page.getByTestId("add-response");
  await expect(response.getByLabel("Stance *")).toHaveValue("");
  await expect(response.getByLabel("Stance *").locator("option:checked")).toHaveText("Choose…");
  // The source documents of this state and body come first.
  await expect(response.getByLabel("Source document").locator("optgroup").first()).toHaveAttribute(
    "label",
    "This recommendation's state and body",
  );
  await response.getByLabel("Date *").fill("2025-01-15");
  await response.getByLabel("Quote").fill("Words that must not be recorded without a stance.");
  await page.setViewportSize({ width: 375, height: 900 });
  await response.getByRole("button", { name: "Record response" }).click();
  await expect(response.getByTestId("error-stance")).toHaveText("Nothing is chosen yet: choose one — it is required.");
  await expect(response.getByTestId("form-message")).toContainText("Some fields need attention");
  await expect(response.getByLabel("Quote")).toHaveValue("Words that must not be recorded without a stance.");
  await page.screenshot({ path: "test-results/screens/form-unchosen-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByTestId("story-timeline")).not.toContainText("Words that must not be recorded");

  for (const [section, testId, field] of [
    ["Add an assessment", "add-assessment", "Status *"],
    ["Add new evidence", "add-evidence", "Kind *"],
    ["Link an earlier recommendation it repeats", "add-reiteration", "Link *"],
  ] as const) {
    await page.getByText(section).click();
    await expect(page.getByTestId(testId).getByLabel(field)).toHaveValue("");
  }

  await page.goto("/recommendations/new");
  await expect(page.getByLabel("Review cycle *")).toHaveValue("");
  await page.getByLabel("Text of the recommendation *").fill("A recommendation without a cycle.");
  await page.getByRole("button", { name: "Create recommendation" }).click();
  await expect(page.getByTestId("error-cycleId")).toHaveText("Choose the review cycle from the list.");
  await expect(page).toHaveURL(/\/recommendations\/new$/);
  await page.screenshot({ path: "test-results/screens/form-new-1280.png", fullPage: true });
});

test("a state response dated tomorrow is refused with a message that says so", async ({ page }) => {
  await signIn(page, "editor");
  const url = await foundingCaseUrl(page);
  await openWorkbench(page, url, "Add a state response");
  const response = page.getByTestId("add-response");
  await response.getByLabel("Date *").fill(tomorrow());
  await response.getByLabel("Stance *").selectOption({ label: "Accepts" });
  await response.getByRole("button", { name: "Record response" }).click();
  await expect(response.getByTestId("error-date")).toContainText(`${tomorrow()} is after today`);
  await expect(page.getByTestId("story-timeline")).not.toContainText("Accepts");
});

test("the earlier recommendation is found by typing and chosen with the keyboard", async ({ page }) => {
  await signIn(page, "editor");
  // A 2014 UPR recommendation to Kazakhstan; CCPR/C/KAZ/CO/1 (2011) is earlier.
  await page.goto("/recommendations?state=KAZ&body=UPR&from=2014&to=2014&sort=date&dir=asc");
  await page.getByTestId("results").getByRole("link").first().click();
  await page.getByText("Link an earlier recommendation it repeats").click();
  const form = page.getByTestId("add-reiteration");
  const box = form.getByRole("combobox", { name: "Earlier recommendation *" });
  // Before anything is typed: the likely earlier versions first, labelled so.
  await box.focus();
  await expect(form.getByRole("option").first()).toHaveText(/^Likely earlier version — UPR · /);
  await box.fill("CCPR/C/KAZ/CO/1");
  const option = form.getByRole("option", { name: /CCPR · CCPR\/C\/KAZ\/CO\/1 ¶ 23 \(2011\)/ });
  await expect(option).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await page.screenshot({ path: "test-results/screens/picker-1280.png", fullPage: true });
  await box.press("Enter");
  await expect(box).toHaveValue(/^CCPR · CCPR\/C\/KAZ\/CO\/1 ¶ 23 \(2011\) — Conscientious objection/);
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await form.getByLabel("Link *").selectOption({ label: "Repeats it (reiterates)" });
  await form.getByRole("button", { name: "Save link" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("Link to the earlier recommendation saved.");
  const chain = page.getByRole("complementary").getByRole("listitem").filter({ hasText: "CCPR/C/KAZ/CO/1" });
  await expect(chain).toBeVisible();

  // Undo it, so the founding case reads as seeded for the specs after this one.
  await chain.getByRole("button", { name: "Remove reiteration link" }).click();
  await page
    .getByRole("dialog", { name: "Remove reiteration link" })
    .getByRole("button", { name: "Yes, remove it" })
    .click();
  await expect(page.getByRole("complementary")).not.toContainText("CCPR/C/KAZ/CO/1");
});
