/**
 * The chips above the list (app/(app)/recommendations/_components/active-filters.tsx): a year
 * range reads as years, never as grouped numbers, in either language.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ActiveFilters } from "@/app/(app)/recommendations/_components/active-filters";
import { registerLocaleResolver } from "@/lib/i18n/current-locale";
import type { Locale } from "@/lib/i18n/locales";
import { parseFilters } from "@/lib/search/filters";
import { emptyFacetCounts } from "@/lib/data/search";

let locale: Locale = "en";
registerLocaleResolver(() => locale, "en");

const NO_COUNTS = emptyFacetCounts();

const chips = (query: string, publishedOnly = false) =>
  renderToStaticMarkup(
    createElement(ActiveFilters, {
      filters: { ...parseFilters(new URLSearchParams(query)), publishedOnly },
      counts: NO_COUNTS,
    }),
  );

describe("the year-range chip", () => {
  it("shows the years as written, on the private and the public list", () => {
    locale = "en";
    for (const publishedOnly of [false, true]) {
      const html = chips("from=2011&to=2014", publishedOnly);
      expect(html).toContain("Years: 2011–2014");
      expect(html).not.toContain("2,011");
    }
  });

  it("keeps an open end open", () => {
    locale = "en";
    expect(chips("from=2011")).toContain("Years: 2011–…");
    expect(chips("to=2014")).toContain("Years: …–2014");
  });

  it("does not group the years in Russian either", () => {
    locale = "ru";
    const html = chips("from=2011&to=2014");
    expect(html).toContain("2011–2014");
    expect(html).not.toMatch(/2\s011/);
  });
});
