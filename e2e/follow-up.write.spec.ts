import { expect, test, type Locator, type Page } from "@playwright/test";
import { Dashboard } from "./pages/dashboard";
import { Workbench } from "./pages/workbench";
import { screenshotAtWidths, signIn } from "./support";

/**
 * The follow-up work as a new user meets it: Kazakhstan's real deadlines on the
 * calendar and in its feed; a viewer who follows Kazakhstan is told, in the app,
 * when an editor records a state response there; an action with a responsible
 * ministry and a due date appears on the story page, the calendar, the dashboard
 * and the export. SCREENSHOT_DIR=… keeps screenshots of each screen at 1280 and 375 px.
 */
async function shoot(page: Page, name: string, part?: Locator) {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await screenshotAtWidths(page, (width) => `${dir}/${name}-${width}.png`, part);
}

test("the calendar lists Kazakhstan's real deadlines, month and list, and the state's feed holds them", async ({
  page,
}) => {
  await signIn(page, "viewer", "/calendar");
  await page.goto("/calendar?month=2014-07&state=KAZ");
  const grid = page.getByTestId("month-grid");
  await expect(grid).toContainText("Next periodic report due — Kazakhstan, CCPR cycle 1");
  await expect(page.getByRole("heading", { name: "July 2014" })).toBeVisible();
  await shoot(page, "calendar-month");

  await page.getByRole("link", { name: "List" }).click();
  await page.getByRole("link", { name: "All dates" }).click();
  const list = page.getByTestId("calendar-list");
  for (const text of [
    "Follow-up reply due — Kazakhstan, CCPR cycle 1",
    "Follow-up reply received — Kazakhstan, CCPR",
    "Next periodic report due — Kazakhstan, CCPR cycle 2",
  ])
    await expect(list).toContainText(text);
  await expect(list.getByText("26 July 2012")).toBeVisible();
  await expect(list.getByText("15 July 2020")).toBeVisible();
  await shoot(page, "calendar-list");

  const feed = await page.request.get("/api/v1/states/KAZ/calendar.ics");
  expect(feed.status()).toBe(200);
  const ics = await feed.text();
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain("DTSTART;VALUE=DATE:20140729");
  expect(ics).toContain("DTSTART;VALUE=DATE:20200715");
});

test("a viewer who follows Kazakhstan is told when an editor records a state response there", async ({ browser }) => {
  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, "viewer", "/states/KAZ");
  await viewer.goto("/states/KAZ");
  await viewer.getByRole("button", { name: "Follow Kazakhstan" }).click();
  await expect(viewer.getByTestId("following")).toBeVisible();

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor", "/notifications");
  const found = await editor.request.get("/api/v1/recommendations?state=KAZ&body=CCPR&q=alternative&per=1");
  const rec = ((await found.json()) as { data: { id: number; subject: string }[] }).data[0];
  const recorded = await editor.request.post(`/api/v1/recommendations/${rec.id}/responses`, {
    data: { date: "2025-07-01", stance: "no_information", notes: "Recorded in the follow-up e2e test." },
  });
  expect(recorded.status()).toBe(201);

  await viewer.goto("/");
  await expect(viewer.getByTestId("bell-count")).toHaveText("1");
  await expect(viewer.getByTestId("bell")).toHaveAccessibleName("Notifications: 1 unread");
  await viewer.getByTestId("bell").click();
  await expect(viewer.getByTestId("notification").first()).toContainText(`New state response on “${rec.subject}”`);
  await shoot(viewer, "notifications");
  await viewer.getByRole("button", { name: "Mark all as read" }).click();
  await expect(viewer.getByTestId("bell-count")).toHaveCount(0);

  // The author is not notified of their own change.
  await editor.goto("/notifications");
  await expect(editor.getByText("No notifications yet")).toBeVisible();
});

test("the account page: digest choice, a personal feed that works signed out, what one follows", async ({
  page,
  playwright,
}) => {
  await signIn(page, "viewer", "/calendar");
  await page.goto("/account");
  await expect(page.getByTestId("no-smtp")).toContainText("no mail set up (SMTP_URL)");
  await expect(page.getByLabel("Weekly (Mondays at 06:00 UTC)")).toBeChecked();
  await page.getByLabel("Daily (at 06:00 UTC)").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Saved: Daily.");
  const me = await page.request.get("/api/v1/me");
  expect(((await me.json()) as { data: { digest: string } }).data.digest).toBe("daily");

  await page.getByRole("button", { name: /Create my feed address|Replace the address/ }).click();
  const url = await page.getByLabel("Your feed address (shown only now):").inputValue();
  expect(url).toMatch(/\/calendar\/[\w-]{43}\.ics$/);
  await expect(page.getByTestId("follows")).toContainText("Kazakhstan");
  await shoot(page, "account");

  // Signed out, as a calendar app fetches it.
  const stranger = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const feed = await stranger.get(new URL(url).pathname);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("Next periodic report due — Kazakhstan");
  await stranger.dispose();
});

test("an action with a responsible ministry and a due date shows on the story, the calendar, the dashboard and the export", async ({
  page,
}) => {
  await signIn(page, "editor", "/calendar");
  const kaz = (
    (await (await page.request.get("/api/v1/states?q=KAZ")).json()) as { data: { id: number; code: string }[] }
  ).data.find((s) => s.code === "KAZ")!;
  const made = await page.request.post("/api/v1/institutions", {
    data: { stateId: kaz.id, name: "Ministry of Defence", kind: "ministry" },
  });
  expect(made.status()).toBe(201);

  const story = await Workbench.openFoundingCase(page);
  const form = await story.addAction({
    what: "Draft a law on alternative civilian service",
    institution: "Ministry of Defence",
    focalPoint: "Department of Legal Affairs",
    due: "2027-06-30",
  });
  await expect(form.getByTestId("form-message")).toHaveText("Action recorded.");
  const card = story.actionsCard;
  await expect(card.getByTestId("action-institutions")).toHaveText("Ministry of Defence (Ministry)");
  await expect(story.timeline).toContainText("Draft a law on alternative civilian service — Planned");
  await shoot(page, "story-actions", card);
  await shoot(page, "story-timeline", story.timeline);
  await shoot(page, "story-header", page.locator("article header"));

  await page.goto("/calendar?month=2027-06&state=KAZ&kind=action_due");
  await expect(page.getByTestId("month-grid")).toContainText("Draft a law on alternative civilian service");

  const dashboard = new Dashboard(page);
  await dashboard.open("?state=KAZ");
  await expect(await dashboard.showAsTable("institutions")).toContainText("Ministry of Defence");

  const csv = await (await page.request.get("/api/export/recommendations.csv?state=KAZ&q=alternative")).text();
  expect(csv.split("\n")[0]).toContain("Responsible institutions");
  expect(csv).toContain("Ministry of Defence (Ministry)");
});
