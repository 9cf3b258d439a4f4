import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

/*
 * The import wizard works from whatever address the app is opened at: every
 * redirect is relative, every link written into a file names the address
 * used. Playwright's baseURL is http://127.0.0.1:PORT (what the server
 * listens on, as typed); a second browser resolves the host name
 * tracker.test to the same server, as a DNS name would. And a re-import
 * keeps an editor's correction, and says so.
 */

const HEADER =
  "Text,Countries Concerned,Reccomending Body,Document Symbol,Document Publication Date,UPR Position,Type,OHCHR Annotation Id";
const file = (key: string, texts: string[]) => ({
  name: `uhri-${key}.csv`,
  mimeType: "text/csv",
  buffer: Buffer.from(
    [
      HEADER,
      ...texts.map((text, i) => `"${text}",Uzbekistan,CESCR,E/C.12/UZB/CO/3,2022-03-18,,Recommendation,${key}-${i}`),
    ].join("\r\n"),
  ),
});

async function uploadCheckCommit(page: Page, upload: ReturnType<typeof file>) {
  await page.goto("/import");
  await page.getByLabel("File").setInputFiles(upload);
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.getByTestId("detected-format")).toHaveText("Universal Human Rights Index export (CSV or Excel)");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-summary")).toBeVisible();
}

test("at http://127.0.0.1:PORT: upload, check and commit stay on that address; the upload answers a relative 303", async ({
  page,
  baseURL,
}) => {
  expect(baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  await signIn(page, "editor", "/import");
  await page.goto("/import");
  await page.getByLabel("File").setInputFiles(file("ip", ["Ensure access to clean drinking water in rural areas."]));
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}/import\\?upload=`));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("summary-created")).toHaveText("1");
  expect(new URL(page.url()).origin).toBe(baseURL);

  const res = await page.request.post("/import/upload", {
    multipart: { file: file("ip-raw", ["Guarantee the right to form trade unions."]) },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
  expect(res.headers()["location"]).toMatch(/^\/import\?upload=/);
});

test("behind a host name: the wizard works there, and the CSV's Link column names that host", async ({
  playwright,
}, info) => {
  const port = new URL(info.project.use.baseURL!).port;
  const options = info.project.use.launchOptions ?? {};
  // A browser that resolves tracker.test to this server, as DNS would for a real host name.
  const named = await playwright.chromium.launch({
    ...options,
    args: [...(options.args ?? []), "--host-resolver-rules=MAP tracker.test 127.0.0.1"],
  });
  try {
    const origin = `http://tracker.test:${port}`;
    const page = await (await named.newContext({ baseURL: origin })).newPage();
    await signIn(page, "editor", "/import");
    await uploadCheckCommit(page, file("host", ["Raise the minimum age of marriage to 18 years."]));
    expect(new URL(page.url()).origin).toBe(origin);
    await expect(page.getByTestId("summary-created")).toHaveText("1");

    // Through the browser itself: only it resolves tracker.test.
    const text = await page.evaluate(async () => {
      const res = await fetch("/api/export/recommendations.csv?state=UZB&body=CESCR");
      if (!res.ok) throw new Error(`export answered ${res.status}`);
      return (await res.text()).replace(/^\uFEFF/, "");
    });
    expect(text).toContain(`${origin}/recommendations/`);
    expect(text).not.toContain("localhost");
  } finally {
    await named.close();
  }
});

test("editing an imported recommendation and importing its file again keeps the edit, and the summary says so", async ({
  page,
}) => {
  await signIn(page, "editor", "/import");
  const texts = ["Adopt a law against domestic violence.", "Ratify the Optional Protocol to the Convention."];
  await uploadCheckCommit(page, file("keep", texts));
  await expect(page.getByTestId("summary-created")).toHaveText("2");

  await page.goto("/recommendations?q=%22against%20domestic%20violence%22&state=UZB");
  await page.getByTestId("results").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/recommendations\/\d+$/);
  const recUrl = page.url();
  await page.goto(`${recUrl}/edit`);
  await page.getByLabel("Text of the recommendation *").fill("Adopt a law that makes domestic violence a crime.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Adopt a law that makes domestic violence a crime.",
  );

  // The source re-issues its file with both texts reworded.
  await uploadCheckCommit(
    page,
    file(
      "keep",
      texts.map((t) => `${t} (revised)`),
    ),
  );
  await expect(page.getByTestId("summary-updated")).toHaveText("1");
  const kept = page.getByTestId("summary-kept");
  await expect(kept).toContainText(
    "1 recommendation was changed in the tracker since a file brought it in, and was left as the editor made it:",
  );
  await page.screenshot({ path: "test-results/screens/import-kept.png", fullPage: true });
  await kept.getByRole("link", { name: /^line 2 → recommendation #\d+$/ }).click();
  await expect(page).toHaveURL(recUrl);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Adopt a law that makes domestic violence a crime.",
  );
});
