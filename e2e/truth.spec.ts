import { expect, test } from "@playwright/test";
import { signIn } from "./support";

/*
 * What the demo says is true (README, "Vocabulary"): UPR positions are the
 * state's responses, only outstanding recommendations are "outstanding since",
 * and the founding case carries the UN record's dates.
 */

test("the dashboard counts the UPR positions as state responses", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(page.getByTestId("kpi-responded-value")).toHaveText("99%");
  await expect(page.getByTestId("kpi-responded")).toContainText("319 of 321");
  await page.getByTestId("chart-stances").getByRole("button", { name: "Show as table" }).click();
  await expect(page.getByTestId("chart-stances").getByRole("row", { name: /^Noted/ })).toBeVisible();
});

test("an unassessed UPR recommendation says what is known, never 'outstanding'", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/recommendations?state=KAZ&body=UPR&stance=noted&sort=date&dir=asc");
  await page.getByTestId("results").getByRole("link").first().click();
  await expect(page.getByTestId("known-facts")).toHaveText("Made in 2010 · not assessed yet");
  await expect(page.getByTestId("outstanding-since")).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText("without implementation");
  await expect(page.getByTestId("story-timeline")).toContainText("Noted");
});

test("the founding case: 'not selected for the follow-up procedure' for para. 23, CO/3 not yet recorded", async ({
  page,
}) => {
  await signIn(page, "viewer");
  await page.goto("/recommendations?q=%22conscientious%20objection%22&state=KAZ&body=CCPR&cycle=1");
  await page.getByTestId("results").getByRole("link").first().click();
  await expect(page.getByTestId("outstanding-since")).toHaveText("Outstanding since 2011");
  await expect(page.getByTestId("story-timeline").getByTestId("follow-up-selection").first()).toContainText(
    "Not selected for the follow-up procedure (follow-up paragraphs of this review: 7, 21, 25, 26)",
  );

  await page.goto("/states/KAZ");
  const cycles = page.getByTestId("cycle-timeline");
  const third = cycles.getByRole("listitem").filter({ hasText: "CCPR · Cycle 3" });
  await expect(third).toContainText("Adopted 11 July 2025");
  await expect(third.getByTestId("cycle-not-recorded")).toHaveText(
    "CCPR/C/KAZ/CO/3 · recommendations not yet recorded",
  );
  const first = cycles.getByRole("listitem").filter({ hasText: "CCPR · Cycle 1" });
  await expect(first).toContainText("Adopted 26 July 2011");
  await expect(first).toContainText("Follow-up paragraphs: 7, 21, 25, 26");
  await expect(first).toContainText("Next report due 29 July 2014");
  await expect(first).not.toContainText("overdue");
  await page.screenshot({ path: "test-results/screens/state-kaz.png", fullPage: true });
});
