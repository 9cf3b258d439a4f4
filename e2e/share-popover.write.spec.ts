/**
 * "Share" (app/_components/share/share-form.tsx) on every page that has it: on a phone the
 * form opens inside the screen and "Create link" can be pressed; on a desktop it still hangs
 * below the button. Each press makes a link, hence a write spec.
 */
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/** A live recommendation to Kazakhstan: any will do, as earlier write specs may have changed the founding case. */
async function kazakhRecommendationId(page: Page): Promise<number> {
  const res = await page.request.get("/api/v1/recommendations?state=KAZ&per=1");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { data: { id: number }[] }).data[0].id;
}

async function shareInsideViewport(page: Page, path: string, width: number, shot?: string) {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(path);
  const share = page.getByTestId("share");
  await share.locator("summary").click();
  const form = share.locator("form[data-share]");
  await expect(form).toBeVisible();
  const box = (await form.boundingBox())!;
  expect(box.x, `${path} at ${width} px: the form's left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${path} at ${width} px: the form's right edge`).toBeLessThanOrEqual(width);
  expect(box.y, `${path} at ${width} px: the form's top`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${path} at ${width} px: the form's bottom`).toBeLessThanOrEqual(800);
  if (shot) await page.screenshot({ path: `test-results/screens/${shot}-${width}.png` });
  // A real click: it fails when something else (or nothing on screen) is under the button.
  await form.getByRole("button", { name: "Create link" }).click();
  await expect(share.getByTestId("share-url")).toHaveValue(/\/s\/[\w-]{43}$/);
}

test("on a phone the share form opens inside the screen and makes a link, on every page with Share", async ({
  page,
}) => {
  await signIn(page, "viewer");
  const id = await kazakhRecommendationId(page);
  for (const [path, shot] of [
    ["/", "share-dashboard"],
    ["/states/KAZ", "share-state"],
    ["/reports/state/KAZ", "share-report"],
    [`/recommendations/${id}`, "share-recommendation"],
  ] as const) {
    await shareInsideViewport(page, path, 375, shot);
  }
});

test("on a tablet and a desktop the share form still opens inside the screen", async ({ page }) => {
  await signIn(page, "viewer");
  const id = await kazakhRecommendationId(page);
  for (const width of [768, 1280]) {
    for (const path of ["/", "/states/KAZ", "/reports/state/KAZ", `/recommendations/${id}`]) {
      await shareInsideViewport(page, path, width, path === "/states/KAZ" ? "share-state" : undefined);
    }
  }
});
