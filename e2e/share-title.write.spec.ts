/**
 * A share link's page (app/s/[token]/view) is titled after what it shares, with the
 * product's name once, and titling it does not count a second open.
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

async function json<T>(res: { status(): number; json(): Promise<unknown> }, status: number): Promise<T> {
  expect(res.status()).toBe(status);
  return ((await res.json()) as { data: T }).data;
}

test("a shared view's title names the view or the state once, and one visit is one open", async ({ browser }) => {
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, "viewer");
  const visitor = await (await browser.newContext()).newPage();
  const cases = [
    { data: { view: "state-report", filters: { state: "KAZ" }, frozen: true }, title: "Kazakhstan: state report" },
    { data: { view: "dashboard", filters: { state: "KAZ" }, frozen: false }, title: "Kazakhstan" },
    { data: { view: "dashboard", frozen: false }, title: "Recommendations and where they stand" },
  ];
  for (const c of cases) {
    const link = await json<{ id: number; url: string }>(
      await owner.request.post("/api/v1/share-links", { data: c.data }),
      201,
    );
    await visitor.goto(link.url);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(c.title);
    await expect(visitor).toHaveTitle(`${c.title} · Treaty Tracker`);
    const mine = await json<{ id: number; opens: number }[]>(await owner.request.get("/api/v1/share-links"), 200);
    expect(mine.find((l) => l.id === link.id)?.opens).toBe(1);
  }
});
