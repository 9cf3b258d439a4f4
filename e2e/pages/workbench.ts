import { expect, type Locator, type Page } from "@playwright/test";
import { FOUNDING_CASE } from "../support";
import { Dashboard } from "./dashboard";

/**
 * A recommendation's story page and, for editors, its workbench: the forms that add a state
 * response, an assessment or an action (`app/(app)/recommendations/[id]/`). Each `add…` opens its
 * form, fills it, submits it and returns the form, whose message or field errors the spec checks.
 */
export class Workbench {
  constructor(readonly page: Page) {}

  /** From the dashboard to the founding case, as a person would. */
  static async openFoundingCase(page: Page): Promise<Workbench> {
    const dashboard = new Dashboard(page);
    await dashboard.open();
    await dashboard.openRecommendation(FOUNDING_CASE);
    const story = new Workbench(page);
    await expect(story.heading).toHaveText(FOUNDING_CASE);
    return story;
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** The current status, the first badge on the page. */
  get status(): Locator {
    return this.page.getByTestId("status-badge").first();
  }

  get timeline(): Locator {
    return this.page.getByTestId("story-timeline");
  }

  get editorControls(): Locator {
    return this.page.getByTestId("editor-controls");
  }

  get workbench(): Locator {
    return this.page.getByTestId("workbench");
  }

  get actionsCard(): Locator {
    return this.page.getByTestId("actions-card");
  }

  async addResponse(fields: { date: string; stance: string; quote?: string }): Promise<Locator> {
    await this.page.getByText("Add a state response").click();
    const form = this.page.getByTestId("add-response");
    await form.getByLabel("Date *").fill(fields.date);
    await form.getByLabel("Stance *").selectOption({ label: fields.stance });
    if (fields.quote !== undefined) await form.getByLabel("Quote").fill(fields.quote);
    await form.getByRole("button", { name: "Record response" }).click();
    return form;
  }

  async addAssessment(fields: { date: string; status: string; rationale: string }): Promise<Locator> {
    await this.page.getByText("Add an assessment").click();
    const form = this.page.getByTestId("add-assessment");
    await form.getByLabel("Date *").fill(fields.date);
    await form.getByLabel("Status *").selectOption({ label: fields.status });
    await form.getByLabel("Rationale *").fill(fields.rationale);
    await form.getByRole("button", { name: "Record assessment" }).click();
    return form;
  }

  async addAction(fields: { what: string; institution?: string; focalPoint?: string; due?: string }): Promise<Locator> {
    await this.page.getByText("Add an action").click();
    const form = this.page.getByTestId("add-action");
    await form.getByLabel("What is to be done *").fill(fields.what);
    if (fields.institution !== undefined)
      await form.getByLabel("Responsible institutions").selectOption({ label: fields.institution });
    if (fields.focalPoint !== undefined) await form.getByLabel("Focal point: name").fill(fields.focalPoint);
    if (fields.due !== undefined) await form.getByLabel("Due date").fill(fields.due);
    await form.getByRole("button", { name: "Record action" }).click();
    return form;
  }
}
