import { expect, type Page } from "@playwright/test";

export const USERS = {
  admin: { email: "admin@e2e.test", password: "admin-password-e2e" },
  editor: { email: "editor@e2e.test", password: "editor-password-e2e" },
  viewer: { email: "viewer@e2e.test", password: "viewer-password-e2e" },
} as const;

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, role: keyof typeof USERS, callbackUrl = "/") {
  const user = USERS[role];
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signing in derives a 128 MB scrypt key (lib/auth/password.ts) before the first page renders:
  // over half a second on an idle machine, several on a busy one.
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 20_000 });
}

/** Console errors a Content-Security-Policy refusal produces, and uncaught page errors. */
export function watchForViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  page.on("pageerror", (e) => seen.push(e.message));
  return seen;
}
