import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { signIn, USERS, watchForViolations } from "./support";

const run = promisify(execFile);
const usersCli = async (...args: string[]) => {
  const env = { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH ?? "data/e2e/tracker.db" };
  const { stdout } = await run(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/users.ts", ...args],
    { cwd: process.cwd(), env },
  );
  return stdout.trim();
};

test("pages carry the security headers, and nothing on them is refused by the policy", async ({ page }) => {
  const violations = watchForViolations(page);
  const login = await page.goto("/login");
  const h = login!.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
  // The nonce is new on every request.
  const again = (await page.request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toBe(h["content-security-policy"]);

  await signIn(page, "admin");
  const dashboard = await page.goto("/");
  expect(dashboard!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  // A chart drawn by script (recharts, inline styles) is on screen.
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  await page.goto("/records");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("after sign-in the app only returns to its own pages", async ({ page }) => {
  await signIn(page, "viewer");
  for (const target of ["/%5Cevil.example", "//evil.example", "https://evil.example/"]) {
    await page.goto(`/login?callbackUrl=${target}`);
    await expect(page.getByTestId("current-user")).toBeVisible();
    expect(page.url()).not.toContain("evil");
    expect(new URL(page.url()).pathname).toBe("/");
  }
});

test("signing out ends the session on the server: a copy of the cookie is worthless", async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await signIn(page, "editor");
  const copied = await first.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const second = await browser.newContext();
  await second.addCookies(copied);
  const other = await second.newPage();
  await other.goto("/records");
  await expect(other).toHaveURL(/\/login/);
  await expect(other.getByRole("button", { name: "Sign in" })).toBeVisible();
  await first.close();
  await second.close();
});

test("ten wrong passwords pause sign-in for that account, and the page says to wait", async ({ page }) => {
  // Every attempt derives a 128 MB scrypt key: seconds each on a busy machine.
  const slow = { timeout: 20_000 };
  await page.goto("/login");
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  const email = "someone-else@e2e.test";
  for (let i = 0; i < 10; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-error")).toHaveText(/email or password is not right/, slow);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill("any-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toHaveText(/wait 15 minutes/, slow);
  await expect(page.getByTestId("login-error")).not.toHaveText(/email or password/);
});

test("an admin revokes a token at /admin with the keyboard; it then answers 401", async ({ page, request }, info) => {
  const token = (await usersCli("token", "--email", USERS.viewer.email, "--expires", "2030-06-30")).split("\n").at(-1)!;
  const listed = await usersCli("tokens", "--email", USERS.viewer.email);
  const id = /id (\d+)[^\n]*expires [^\n]*2030/.exec(listed)?.[1];
  expect(id, listed).toBeTruthy();
  const auth = { Authorization: `Bearer ${token}` };
  expect((await request.get("/api/v1/me", { headers: auth })).status()).toBe(200);

  await signIn(page, "admin", "/admin");
  const revoke = page.getByRole("button", { name: `Revoke token ${id} of ${USERS.viewer.email}` });
  await revoke.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Revoked token ${id} of ${USERS.viewer.email}; their sessions ended.`)).toBeVisible();
  expect((await request.get("/api/v1/me", { headers: auth })).status()).toBe(401);

  const card = page.locator("section", { has: page.getByRole("heading", { name: "API tokens" }) });
  await card.screenshot({ path: info.outputPath("admin-tokens-1280.png") });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(card).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await card.screenshot({ path: info.outputPath("admin-tokens-375.png") });
});
