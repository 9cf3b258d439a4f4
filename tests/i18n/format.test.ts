import { describe, expect, it } from "vitest";
import { formatPartialDate, formatPercent } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";

describe("formatPartialDate", () => {
  it("keeps the precision the source gave", () => {
    expect(formatPartialDate("2011")).toBe("2011");
    expect(formatPartialDate("2023-11")).toBe("November 2023");
    expect(formatPartialDate("2024-04-02")).toBe("2 April 2024");
  });
  it("formats in another locale", () => {
    expect(formatPartialDate("2024-04-02", "ru-RU")).toBe("2 апреля 2024 г.");
  });
  it("shows nothing for no date", () => {
    expect(formatPartialDate(null)).toBe("");
  });
});

describe("formatPercent", () => {
  it("rounds to whole percent, but never shows 0% of something or 100% of less than all", () => {
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(1 / 321)).toBe("0.3%");
    expect(formatPercent(2 / 3)).toBe("67%");
    expect(formatPercent(320 / 321)).toBe("99.7%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(1 / 321, "ru-RU")).toBe("0,3\u00a0%");
  });
});

describe("t", () => {
  it("fills named parameters and never groups a year", () => {
    expect(t("story.outstandingSince", { year: 2011 })).toBe("Outstanding since 2011");
  });
  it("chooses the plural form and formats counts", () => {
    expect(t("count.recommendations", { count: 1 })).toBe("1 recommendation");
    expect(t("count.recommendations", { count: 12500 })).toBe("12,500 recommendations");
  });
});
