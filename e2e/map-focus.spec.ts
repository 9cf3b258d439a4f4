/**
 * The map's countries are links: a keyboard user sees which one has the focus
 * (app/globals.css, `.map-country:focus-visible`), and the legend's colours are told apart.
 */
import { expect, test } from "@playwright/test";
import { screenshotAtWidths } from "./support";

test("a country reached with the keyboard is drawn with a thick dark border", async ({ page }) => {
  await page.goto("/public");
  const country = page.getByTestId("outstanding-map").locator('a[data-state="KAZ"]');
  const shape = country.locator("path");
  const before = await shape.evaluate((p) => parseFloat(getComputedStyle(p).strokeWidth));
  // Focus the link before the country and Tab onto it, as a keyboard user would.
  await page.evaluate(() => {
    const links = [...document.querySelectorAll<SVGAElement | HTMLAnchorElement>("a[href]")];
    const i = links.findIndex((a) => a.getAttribute("data-state") === "KAZ");
    links[i - 1].focus();
  });
  await page.keyboard.press("Tab");
  await expect(country).toBeFocused();
  const focused = await shape.evaluate((p) => ({
    width: parseFloat(getComputedStyle(p).strokeWidth),
    colour: getComputedStyle(p).stroke,
  }));
  expect(focused.width).toBeGreaterThanOrEqual(before * 4);
  expect(focused.colour).toBe("rgb(15, 23, 42)");
  await screenshotAtWidths(page, (w) => `test-results/screens/map-focus-${w}.png`, page.getByTestId("outstanding-map"));
});
