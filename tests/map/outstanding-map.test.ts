/**
 * The map's legend and colours (app/_components/map/outstanding-map.tsx): a step holding one
 * number says that number, and a state nobody tracks cannot be taken for one with none outstanding.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OutstandingMap, type MapState } from "@/app/_components/map/outstanding-map";
import { registerLocaleResolver } from "@/lib/i18n/current-locale";
import type { Locale } from "@/lib/i18n/locales";

let locale: Locale = "en";
registerLocaleResolver(() => locale, "en");

const state = (code: string, outstanding: number): MapState => ({ code, name: code, outstanding, total: 10 });

function render(states: MapState[]) {
  return renderToStaticMarkup(createElement(OutstandingMap, { states, hrefFor: (c) => `/public/states/${c}` }));
}

/** The legend's entries as read: the text after each swatch. */
function legend(html: string): string[] {
  const figcaption = html.match(/<figcaption[^>]*data-testid="map-legend"[^>]*>(.*?)<\/figcaption>/s)![1];
  return [...figcaption.matchAll(/<\/span>([^<]+)<\/span>/g)].map((m) => m[1]);
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe("the map legend", () => {
  it("names a one-number step by its number, not as a range of one", () => {
    locale = "en";
    const entries = legend(render([state("KAZ", 3), state("KGZ", 1), state("UZB", 0)]));
    expect(entries).toEqual(["none", "1", "2", "3", "not tracked"]);
    expect(entries.join(" ")).not.toMatch(/(\d+)–\1\b/);
  });

  it("keeps ranges where a step holds several numbers", () => {
    locale = "en";
    expect(legend(render([state("KAZ", 9), state("UZB", 0)]))).toEqual(["none", "1–3", "4–6", "7–9", "not tracked"]);
  });

  it("does the same in Russian", () => {
    locale = "ru";
    expect(legend(render([state("KAZ", 3), state("UZB", 0)]))).toEqual(["нет", "1", "2", "3", "не отслеживается"]);
  });
});

describe("the map colours", () => {
  it("draws untracked land and a state with none outstanding in clearly different colours", () => {
    locale = "en";
    const html = render([state("KAZ", 0), state("KGZ", 4)]);
    const untracked = html.match(/<path[^>]*fill="(#[0-9a-f]{6})"[^>]*data-testid="map-not-tracked"/)![1];
    const none = html.match(/data-state="KAZ"[^>]*><path[^>]*fill="(#[0-9a-f]{6})"/)![1];
    const [light, dark] = [luminance(untracked), luminance(none)].sort((a, b) => b - a);
    // Both are pale; what tells them apart is lightness, so it must differ by more than a shade.
    expect((light + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(1.08);
    // The legend's swatches are the map's own colours.
    expect(html).toContain(`background:${untracked}`);
    expect(html).toContain(`background:${none}`);
  });
});
