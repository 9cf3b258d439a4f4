import { expect, type Locator, type Page } from "@playwright/test";

export const USERS = {
  admin: { email: "admin@e2e.test", password: "admin-password-e2e" },
  editor: { email: "editor@e2e.test", password: "editor-password-e2e" },
  viewer: { email: "viewer@e2e.test", password: "viewer-password-e2e" },
} as const;

/** The subject of the founding case (db/seed/founding-case.ts): Kazakhstan, CCPR, not implemented since 2011. */
export const FOUNDING_CASE = "Conscientious objection and alternative civilian service";

/** A name that starts with `text`, taken literally. */
export const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

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

/**
 * Full-page screenshots (or of `part`) at 1280 and 375 px, to the path `pathFor(width)` names; the
 * page is left at 1280 px.
 */
export async function screenshotAtWidths(page: Page, pathFor: (width: number) => string, part?: Locator) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    if (part) await part.screenshot({ path: pathFor(width) });
    else await page.screenshot({ path: pathFor(width), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
