/** A stacked column's tooltip: the share with its count, in a sentence that agrees with the count. */
import { describe, expect, it } from "vitest";
import { t } from "@/lib/i18n/messages";

describe("the status chart's tooltip", () => {
  it("says one recommendation in the singular and many in the plural, in English and Russian", () => {
    expect(t("site.chart.stackTooltip", { share: "100%", count: 1 }, "en")).toBe("100% (1 recommendation)");
    expect(t("site.chart.stackTooltip", { share: "40%", count: 2 }, "en")).toBe("40% (2 recommendations)");
    expect(t("site.chart.stackTooltip", { share: "40 %", count: 2 }, "ru")).toBe("40 % (2 рекомендации)");
  });
});
