/**
 * The organisation's work plan — actions and the institutions responsible for them — stays in
 * the workspace: signed out, the portal names no institution, and `?institution=` narrows
 * neither the public list nor its CSV (lib/search/filters.ts `publicFilters`).
 */
import { expect, test, type Browser } from "@playwright/test";
import { signIn } from "./support";

async function json<T>(res: { status(): number; json(): Promise<unknown> }, status: number): Promise<T> {
  expect(res.status()).toBe(status);
  return ((await res.json()) as { data: T }).data;
}

const signedOut = async (browser: Browser) => (await browser.newContext()).newPage();

test("signed out, no responsible institution is shown and ?institution= does not narrow", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  const states = await json<{ id: number; code: string }[]>(await admin.request.get("/api/v1/states?q=KAZ"), 200);
  const kaz = states.find((s) => s.code === "KAZ")!;
  const name = `Workplancheck Ministry ${Date.now()}`;
  const institution = await json<{ id: number }>(
    await admin.request.post("/api/v1/institutions", { data: { stateId: kaz.id, name, kind: "ministry" } }),
    201,
  );
  // Any live recommendation to Kazakhstan: earlier write specs may have changed the founding case.
  const [rec] = await json<{ id: number }[]>(await admin.request.get("/api/v1/recommendations?state=KAZ&per=1"), 200);
  const recId = rec.id;
  await json(
    await admin.request.post(`/api/v1/recommendations/${recId}/actions`, {
      data: { title: "Workplancheck: draft the law", institutionIds: [institution.id], status: "planned" },
    }),
    201,
  );
  // In the workspace the plan is there: the chart and the facet name the ministry.
  await admin.goto("/states/KAZ");
  await expect(admin.getByTestId("chart-institutions")).toContainText(name);
  await admin.goto(`/recommendations?institution=${institution.id}`);
  await expect(admin.getByTestId("result-count")).toHaveText(/^\d+ recommendations?$/);
  const privateCount = await admin.getByTestId("result-count").textContent();

  const visitor = await signedOut(browser);
  await visitor.goto("/public/states/KAZ");
  await expect(visitor.getByTestId("chart-status")).toBeVisible();
  await expect(visitor.getByTestId("chart-institutions")).toHaveCount(0);
  await expect(visitor.locator("body")).not.toContainText(name);
  await expect(visitor.locator("body")).not.toContainText("Actions by responsible institution");

  await visitor.goto("/public/recommendations");
  const all = await visitor.getByTestId("result-count").textContent();
  await expect(visitor.getByTestId("facet-institution")).toHaveCount(0);
  await expect(visitor.locator("body")).not.toContainText("Responsible institution");
  await visitor.goto(`/public/recommendations?institution=${institution.id}`);
  await expect(visitor.getByTestId("result-count")).toHaveText(all!);
  expect(all).not.toBe(privateCount);
  await expect(visitor.locator("body")).not.toContainText(name);
  await expect(visitor.getByTestId("active-filters")).toHaveCount(0);
  // The download links carry no institution either.
  await expect(visitor.locator(`a[href*="institution="]`)).toHaveCount(0);

  const lines = async (query: string) => {
    const res = await visitor.request.get(`/public/export/recommendations.csv${query}`);
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(name);
    expect(text).not.toContain("Workplancheck");
    return text.trim().split("\n").length;
  };
  expect(await lines(`?institution=${institution.id}`)).toBe(await lines(""));
});
