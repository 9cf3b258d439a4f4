/**
 * The placeholders the list and the dashboard show while their data loads
 * (their loading.tsx): announced to screen readers with what is loading, in the reader's language.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import DashboardLoading from "@/app/(app)/(dashboard)/loading";
import RecommendationsLoading from "@/app/(app)/recommendations/(list)/loading";
import { registerLocaleResolver } from "@/lib/i18n/current-locale";
import type { Locale } from "@/lib/i18n/locales";

let locale: Locale = "en";
registerLocaleResolver(() => locale, "en");

const PAGES = [
  { page: DashboardLoading, en: "Loading the dashboard…", ru: "Загрузка сводки…" },
  { page: RecommendationsLoading, en: "Loading recommendations…", ru: "Загрузка рекомендаций…" },
];

describe("loading placeholders", () => {
  for (const { page, en, ru } of PAGES) {
    it(`says "${en}" to screen readers and hides its grey bars from them`, () => {
      locale = "en";
      const html = renderToStaticMarkup(createElement(page));
      expect(html).toMatch(new RegExp(`^<div role="status" aria-live="polite" aria-label="${en}"`));
      expect(html).toContain(`<span class="sr-only">${en}</span>`);
      expect(html).toContain('<div aria-hidden="true"');
      expect(html).toContain("animate-pulse");
    });

    it(`is in Russian for a Russian reader ("${ru}")`, () => {
      locale = "ru";
      expect(renderToStaticMarkup(createElement(page))).toContain(`aria-label="${ru}"`);
    });
  }
});
