/** Figures in sentences that agree with them: a chart tooltip, the median card with nothing to measure. */
import { describe, expect, it } from "vitest";
import { t } from "@/lib/i18n/messages";

describe("the status chart's tooltip", () => {
  it("says one recommendation in the singular and many in the plural, in English and Russian", () => {
    expect(t("site.chart.stackTooltip", { share: "100%", count: 1 }, "en")).toBe("100% (1 recommendation)");
    expect(t("site.chart.stackTooltip", { share: "40%", count: 2 }, "en")).toBe("40% (2 recommendations)");
    expect(t("site.chart.stackTooltip", { share: "40 %", count: 2 }, "ru")).toBe("40 % (2 рекомендации)");
  });
});

describe("the median years outstanding card", () => {
  it("says none is recorded as outstanding rather than “over 0 outstanding recommendations”", () => {
    expect(t("dashboard.kpi.medianDetail", { count: 0 }, "en")).toBe("None recorded as outstanding");
    expect(t("dashboard.kpi.medianDetail", { count: 0 }, "ru")).toBe("Ни одна не записана как невыполненная");
    expect(t("dashboard.kpi.medianDetail", { count: 2 }, "en")).toBe("Over 2 outstanding recommendations");
  });
});
