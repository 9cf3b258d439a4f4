/**
 * Finds English interface text on a page shown in another language: any text node, label,
 * title or placeholder that is exactly a message of the English catalogue (messages/en) whose
 * translation differs. Data (recommendation texts, names, quotes) is never in the catalogue,
 * so it never counts — it is shown as recorded.
 */
import { expect, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const here = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(here, value);
    else leaves(value, here, out);
  }
  return out;
}

function catalogue(language: string): Map<string, string> {
  const dir = path.join(process.cwd(), "messages", language);
  const all = new Map<string, string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    leaves(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Tree, "", all);
  }
  return all;
}

/**
 * English messages a reader of `language` must never meet: plain sentences and labels that were translated.
 * `recorded` are data values that happen to equal a message (a theme named "Other"): shown as recorded.
 */
export function englishOnlyMessages(language: string, recorded: readonly string[] = []): string[] {
  const english = catalogue("en");
  const data = new Set(recorded);
  const translated = catalogue(language);
  const translatedValues = new Set(translated.values());
  const out = new Set<string>();
  for (const [key, value] of english) {
    // Messages with arguments cannot appear verbatim; product names and codes are the same in every language.
    if (/[{}#]/.test(value) || !/[A-Za-z]{3}/.test(value)) continue;
    if (translated.get(key) === value || translatedValues.has(value) || data.has(value)) continue;
    out.add(value.replace(/''/g, "'").trim());
  }
  return [...out];
}

/** The English messages that appear on the page: text nodes and the labels a screen reader reads. */
export async function englishOnPage(page: Page, english: readonly string[]): Promise<string[]> {
  return page.evaluate((messages) => {
    const wanted = new Set(messages);
    const found = new Set<string>();
    const check = (text: string | null | undefined) => {
      const normalised = (text ?? "").replace(/\s+/g, " ").trim();
      if (normalised && wanted.has(normalised)) found.add(normalised);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template")) continue;
      // Quotes and what is marked translate="no" are data, shown as recorded (a state's "Noted").
      if (parent.closest('blockquote, q, [translate="no"]')) continue;
      check(node.textContent);
      // A sentence split by inline markup (a link, <strong>) is read as the element's whole text.
      check(parent.textContent);
    }
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      for (const attribute of ["aria-label", "title", "placeholder", "alt"]) check(el.getAttribute(attribute));
    }
    check(document.title);
    return [...found];
  }, english);
}

/** Signs in through the form whatever language it is in (the labels are translated, the fields are not). */
export async function signInAnyLanguage(page: Page, email: string, password: string) {
  await page.goto("/login");
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form[data-ready="true"] button[type="submit"]').click();
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 20_000 });
}
