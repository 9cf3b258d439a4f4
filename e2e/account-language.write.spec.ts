import { expect, test } from "@playwright/test";
import { signIn } from "./support";
import { englishOnlyMessages, englishOnPage } from "./support/english-left";

/**
 * The language chosen on /account is kept in the profile — it outlasts a
 * reload and the NEXT_LOCALE cookie — and the page then speaks it.
 */
test("the language chosen on /account is kept in the profile", async ({ page, context }) => {
  await signIn(page, "viewer", "/account");
  const language = page.getByTestId("profile-language");
  const choose = async (locale: "en" | "ru") => {
    await page.goto("/account");
    await page.locator("#account-language").selectOption(locale);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
  };
  try {
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Language" })).toBeVisible();

    await choose("ru");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1, name: "Ваша учётная запись" })).toBeVisible();
    await expect(language).toHaveText("Сохранено в профиле: Русский.");

    // Without the cookie it is the profile that answers: still Russian.
    await context.clearCookies({ name: "NEXT_LOCALE" });
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(language).toHaveText("Сохранено в профиле: Русский.");
    await expect(page.locator("#account-language")).toHaveValue("ru");
    expect(await englishOnPage(page, englishOnlyMessages("ru")), "English interface text on /account").toEqual([]);
  } finally {
    // Other specs sign in as this viewer and read English.
    await choose("en");
  }
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(language).toHaveText("Kept in your profile: English.");
});
