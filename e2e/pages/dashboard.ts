import { expect, type Locator, type Page } from "@playwright/test";
import { startingWith } from "../support";

/** The digits of a count as shown ("1,234 recommendations" → 1234). */
export const countIn = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));

/** The dashboard (`app/(app)/page.tsx`): KPI cards, charts with their tables, the filter, the tracked list. */
export class Dashboard {
  constructor(readonly page: Page) {}

  /** `query` as in the address bar, e.g. "?state=KAZ". */
  async open(query = "") {
    await this.page.goto(`/${query}`);
  }

  /** A KPI card by its key: "total", "responded", "reiterated", "median", "overdue". */
  kpi(key: string): Locator {
    return this.page.getByTestId(`kpi-${key}`);
  }

  async kpiValue(key: string): Promise<number> {
    return countIn(await this.page.getByTestId(`kpi-${key}-value`).textContent());
  }

  /** A chart by its key: "status", "body", "year", "institutions"… */
  chart(key: string): Locator {
    return this.page.getByTestId(`chart-${key}`);
  }

  /** How many recommendations have this status, from the status share ("2 of 3" → 2). */
  async statusShare(status: string): Promise<number> {
    return countIn((await this.page.getByTestId(`share-${status}-count`).textContent())?.split(" of ")[0] ?? "");
  }

  /** The "not implemented" segment of the status chart, once it is visible. */
  async notImplementedSegment(): Promise<Locator> {
    const segment = this.chart("status").getByRole("link", {
      name: /^Not implemented: [\d,]+ recommendations?$/,
    });
    await expect(segment).toBeVisible();
    return segment;
  }

  async filterByState(code: string) {
    await this.page.getByLabel("State", { exact: true }).selectOption(code);
    await this.page.getByRole("button", { name: "Apply" }).click();
  }

  /** Switches a chart to its table and returns the table. */
  async showAsTable(key: string): Promise<Locator> {
    const chart = this.chart(key);
    await chart.getByRole("button", { name: "Show as table" }).click();
    return chart.getByRole("table");
  }

  async showAsChart(key: string) {
    await this.chart(key).getByRole("button", { name: "Show as chart" }).click();
  }

  /** A recommendation's entry in the tracked list. */
  trackedItem(subject: string): Locator {
    return this.page.getByTestId("tracked-list").getByRole("listitem").filter({ hasText: subject });
  }

  /** Follows the first link whose name starts with the subject (the tracked list, the KPI lists). */
  async openRecommendation(subject: string) {
    await this.page.getByRole("link", { name: startingWith(subject) }).click();
  }
}
