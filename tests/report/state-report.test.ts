/**
 * The state report leads with the story: on the seeded demo (Kazakhstan, the
 * founding case and 318 UPR recommendations not assessed yet), the executive
 * summary and the most serious statuses come first, and the founding case is
 * in the PDF's first pages, before any recommendation not assessed yet.
 */
import { sql } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { removeDemo, seedDemo } from "../support/seeded-demo";

vi.hoisted(() => {
  process.env.DATABASE_PATH = `${process.env.TMPDIR ?? "/tmp"}/tracker-state-report-${process.pid}-${Date.now()}/test.db`;
});

const { getDb } = await import("@/db");
const { users } = await import("@/db/schema");
const { getYearsOutstanding } = await import("@/lib/data/dashboard");
const { clockAt } = await import("@/lib/domain/clock");
const { getStateReport, reportAssessedOnly } = await import("@/lib/data/report");
const { updateSettings } = await import("@/lib/data/settings");
const { renderStateReportPdf } = await import("@/lib/export/pdf");
const { reportGroups } = await import("@/lib/export/report/sections");
const { parseFilters } = await import("@/lib/search/filters");

const db = () => getDb();
const NOW = new Date("2026-12-02T12:00:00Z");
const params = (q: string) => new URLSearchParams(q);
const report = (q: string) =>
  getStateReport(db(), "KAZ", parseFilters(params(q)), { now: NOW, assessedOnly: reportAssessedOnly(params(q)) })!;

async function pages(bytes: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map((p) => p.replace(/\s+/g, " "));
}
const firstPageWith = (all: string[], needle: string | RegExp) =>
  all.findIndex((p) => (typeof needle === "string" ? p.includes(needle) : needle.test(p)));

beforeAll(async () => {
  await seedDemo();
});
afterAll(removeDemo);

describe("the state report of the demo", () => {
  it("groups the recommendations by status, most serious first, not assessed last", () => {
    const data = report("");
    expect(reportGroups(data).map((g) => [g.status, g.recommendations.length])).toEqual([
      ["not_implemented", 2],
      ["none", 319],
    ]);
    // The flat list is the groups one after the other: the founding case before any not-assessed row.
    const firstNone = data.recommendations.findIndex((r) => r.status === null);
    const co1 = data.recommendations.findIndex((r) => r.symbol === "CCPR/C/KAZ/CO/1" && r.paragraph === "23");
    expect(co1).toBeGreaterThanOrEqual(0);
    expect(co1).toBeLessThan(firstNone);
    expect(data.kpis).toMatchObject({ tracked: 321, rejected: 1, overdue: 0 });
  });

  it("leaves 'not assessed' out with include=assessed, and still counts it in the figures", () => {
    const data = report("include=assessed");
    expect(data.recommendations.map((r) => r.status)).toEqual(["not_implemented", "not_implemented"]);
    expect(data.notAssessedLeftOut).toBe(319);
    expect(data.kpis.tracked).toBe(321);
  });

  it("takes the list's filters by the list's own parameters", () => {
    const data = report("body=CCPR&status=not_implemented");
    expect(data.recommendations).toHaveLength(2);
    expect(data.recommendations.every((r) => r.bodyCode === "CCPR")).toBe(true);
    expect(data.filters.map((f) => f.label)).toEqual(expect.arrayContaining(["State", "Body"]));
  });

  it("gives the median years outstanding the dashboard gives, for the whole state and for a body", () => {
    for (const [q, f] of [
      ["", { state: ["KAZ"], body: [], theme: [] }],
      ["body=CCPR", { state: ["KAZ"], body: ["CCPR"], theme: [] }],
      ["body=UPR", { state: ["KAZ"], body: ["UPR"], theme: [] }],
    ] as const) {
      const dashboard = getYearsOutstanding(
        db(),
        { ...f, body: [...f.body], state: [...f.state], theme: [] },
        clockAt(NOW),
      );
      expect(report(q).kpis.medianYearsOutstanding, q).toBe(dashboard.median);
    }
    expect(report("").kpis.medianYearsOutstanding).toBe(15);
  });

  it("puts the founding case in the PDF's first pages, in the summary, before any not-assessed recommendation", async () => {
    const all = await pages(await renderStateReportPdf(report("")));
    const summary = firstPageWith(all, "Executive summary");
    const founding = firstPageWith(all, "CCPR/C/KAZ/CO/1, para. 23");
    const notAssessed = firstPageWith(all, /Not assessed: \d+ recommendations/);
    expect(summary).toBe(1);
    expect(founding).toBeGreaterThanOrEqual(1);
    expect(founding).toBeLessThanOrEqual(2);
    expect(founding).toBeLessThan(notAssessed);
    expect(all[founding]).toContain("Outstanding since 2011");
    const text = all.join(" ");
    expect(text.indexOf("Not implemented: 2 recommendations")).toBeGreaterThan(-1);
    expect(text.indexOf("Not implemented: 2 recommendations")).toBeLessThan(
      text.search(/Not assessed: \d+ recommendations/),
    );
    expect(all[summary]).toContain("Rejected by the state");
  });

  it("carries the organisation's name and disclaimer on the cover and its name in every footer", async () => {
    const admin = db()
      .select()
      .from(users)
      .where(sql`role = 'admin'`)
      .get()!;
    updateSettings(
      db(),
      { id: admin.id, email: admin.email, name: admin.name, role: "admin" },
      {
        organisationName: "Kazakhstan Bureau for Human Rights",
        disclaimer: "Prepared for advocacy; not a UN document.",
        version: 0,
      },
    );
    const all = await pages(await renderStateReportPdf(report("include=assessed")));
    expect(all[0]).toContain("Prepared by Kazakhstan Bureau for Human Rights");
    expect(all[0]).toContain("Prepared for advocacy; not a UN document.");
    for (const page of all.slice(1)) expect(page).toContain("Kazakhstan Bureau for Human Rights · Treaty Tracker");
    expect(all.join(" ")).toContain("319 recommendations not assessed yet are left out of this report.");
  });
});
