/**
 * The audit log as an admin reads it, through the real database: every entry
 * the data layer writes is shown with field labels (never a column name),
 * values as the record's screen writes them, one label per kind of record, a
 * link to the record, filters that need no id, and a record's own history.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditFieldLabel, hasFieldLabel, isHiddenField } from "@/lib/audit-labels";
import { createAssessment } from "@/lib/data/assessments";
import { auditFilterOptions, listAuditLog, parseAuditQuery } from "@/lib/data/audit-log";
import { presentAuditEntries, type PresentedAuditEntry } from "@/lib/data/audit-present";
import { updateCycle } from "@/lib/data/cycles";
import { attachEvidence } from "@/lib/data/evidence";
import { recordExport } from "@/lib/data/export-audit";
import { createGrade } from "@/lib/data/grades";
import { commitImport } from "@/lib/data/import";
import { archiveRecommendation, updateRecommendation } from "@/lib/data/recommendations-write";
import { addReiteration } from "@/lib/data/reiterations";
import { createResponse } from "@/lib/data/responses";
import { updateSettings } from "@/lib/data/settings";
import { parseImportFile } from "@/lib/import";
import { parseFilters } from "@/lib/search/filters";
import { freshDb } from "../support/db";
import { actors, foundingCase } from "../data/fixtures";

let env: ReturnType<typeof freshDb>;
let who: ReturnType<typeof actors>;
let f: ReturnType<typeof foundingCase>;

const UPR_CSV = [
  "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
  'Kazakhstan,Asia,,"Abolish the death penalty in all circumstances;",France,WEOG,EU,Accepted,5,Death penalty,7',
].join("\r\n");

beforeEach(async () => {
  env = freshDb();
  who = actors(env.db);
  f = foundingCase(env.db, who.editor);
  createResponse(env.db, who.editor, f.rec2.id, {
    date: "2024-04-02",
    stance: "rejects",
    quote: "Alternative service is not provided for.",
  });
  createGrade(env.db, who.editor, f.rec2.id, { date: "2018-07", grade: "C" });
  createAssessment(env.db, who.editor, f.rec2.id, { date: "2024-05", status: "not_implemented", rationale: "No law." });
  attachEvidence(env.db, who.editor, f.rec2.id, {
    kind: "court_decision",
    title: "Astana Military Court",
    date: "2024-04-16",
  });
  addReiteration(env.db, who.editor, f.rec2.id, { earlierId: f.rec1.id });
  updateRecommendation(env.db, who.editor, f.rec1.id, {
    subject: "Conscientious objection",
    themes: ["Freedom of thought", "Conscientious objection"],
    version: 1,
  });
  updateCycle(env.db, who.editor, f.cycle2.id, { nextReportDue: "2020-07-15", version: 1 });
  recordExport(env.db, who.viewer, "recommendations", "csv", parseFilters({ state: "KAZ", body: "CCPR" }), 2);
  const bytes = Buffer.from(UPR_CSV, "utf8");
  const parsed = await parseImportFile(bytes, "kaz-upr.csv", { format: "upr-info" });
  commitImport(env.db, who.editor, parsed, { fileName: "kaz-upr.csv", sha256: "ab".repeat(32) });
  archiveRecommendation(env.db, who.admin, f.rec1.id, { version: 2 });
});
afterEach(() => env.close());

function page(query: Record<string, string> = {}): PresentedAuditEntry[] {
  const { data } = listAuditLog(env.db, who.admin, { ...parseAuditQuery(query), per: 200 });
  return presentAuditEntries(env.db, data);
}
const allText = (entries: PresentedAuditEntry[]) =>
  entries
    .flatMap((e) => [
      e.entityLabel,
      e.record?.name ?? "",
      ...e.fields.flatMap((x) => [x.label, x.before?.text ?? "", x.after?.text ?? ""]),
    ])
    .join("\n");

describe("the audit log in words", () => {
  it("labels every field the data layer writes — no column names such as sha256, cycleId or chainStartYear", () => {
    const entries = page();
    const fields = entries.flatMap((e) =>
      e.fields.map((x) => ({ entity: e.entityType, field: x.field, label: x.label })),
    );
    expect(fields.length).toBeGreaterThan(40);
    const unlabelled = fields.filter((x) => !hasFieldLabel(x.entity, x.field)).map((x) => `${x.entity}.${x.field}`);
    expect(unlabelled).toEqual([]);
    const labels = fields.map((x) => x.label);
    for (const raw of ["sha256", "cycleId", "chainStartYear", "recommendationId", "fileName"])
      expect(labels).not.toContain(raw);
    expect(labels).toContain("File fingerprint (SHA-256)");
    expect(labels).toContain("Review cycle");
    expect(auditFieldLabel("recommendation", "chainStartYear")).toBe("First year of its reiteration chain");
    expect(fields.some((x) => isHiddenField(x.field))).toBe(false);
  });

  it("shows one label per kind of record: recommendation and recommendations alike, follow_up_grade as Follow-up grade", () => {
    const entries = page();
    const labels = new Set(entries.map((e) => e.entityLabel));
    expect(labels).toContain("Follow-up grade");
    expect(labels).not.toContain("follow_up_grade");
    const exported = entries.find((e) => e.action === "export")!;
    const edited = entries.find((e) => e.action === "update" && e.entityType === "recommendation")!;
    expect(exported.entityLabel).toBe("Recommendation");
    expect(edited.entityLabel).toBe("Recommendation");
    const kinds = auditFilterOptions(env.db, who.admin).entities.map((e) => e.label);
    expect(kinds.filter((k) => k === "Recommendation")).toHaveLength(1);
    expect(kinds).not.toContain("recommendations");
  });

  it("writes values as the screens do: dates, lists, statuses, people and records by name, filters in words", () => {
    const entries = page();
    const cycle = entries.find((e) => e.entityType === "review_cycle" && e.action === "update")!;
    expect(cycle.record).toEqual({
      name: "Kazakhstan · CCPR · cycle 2 (2016)",
      href: `/records/cycles/${f.cycle2.id}`,
    });
    expect(cycle.fields).toContainEqual({
      field: "nextReportDue",
      label: "Next report due",
      before: null,
      after: { text: "15 July 2020" },
    });
    const edit = entries.find((e) => e.entityType === "recommendation" && e.action === "update")!;
    expect(edit.record?.href).toBe(`/recommendations/${f.rec1.id}`);
    expect(edit.fields.find((x) => x.field === "themes")).toMatchObject({
      before: { text: "Freedom of thought" },
      after: { text: "Conscientious objection, Freedom of thought" },
    });
    const assessment = entries.find((e) => e.entityType === "assessment")!;
    expect(assessment.record?.name).toMatch(/^Assessment of CCPR\/C\/KAZ\/CO\/2, para\. 46: /);
    expect(assessment.fields.find((x) => x.field === "status")!.after).toEqual({ text: "Not implemented" });
    expect(assessment.fields.find((x) => x.field === "recommendationId")!.after).toMatchObject({
      href: `/recommendations/${f.rec2.id}`,
    });
    const grade = entries.find((e) => e.entityType === "follow_up_grade")!;
    expect(grade.fields.find((x) => x.field === "gradeLetter")!.after).toEqual({ text: "C · Not satisfactory" });
    const exported = entries.find((e) => e.action === "export")!;
    expect(exported.who).toBe("The viewer");
    expect(exported.fields.find((x) => x.field === "filters")!.after!.text).toBe(
      "State: Kazakhstan; Body: Human Rights Committee (CCPR)",
    );
    const imported = entries.find((e) => e.action === "import")!;
    expect(imported.record).toEqual({
      name: `Import #${imported.entityId}: kaz-upr.csv`,
      href: `/import/batches/${imported.entityId}`,
    });
    expect(imported.fields.find((x) => x.field === "sha256")!.after!.text).toBe("abababababab…");
    expect(imported.fields.find((x) => x.field === "format")!.after!.text).toBe("UPR Info database export");
    const text = allText(entries);
    expect(text).not.toMatch(/^\[|"\w+":/m); // no JSON
    expect(text).not.toMatch(/\bnot_implemented\b|\bcourt_decision\b|\bconcluding_observations\b/);
  });

  it("lists an import's rows not imported as the import wizard does: a line each, with why in words", async () => {
    const row = UPR_CSV.split("\r\n")[1];
    const other = row.replace("Abolish the death penalty in all circumstances;", "Ratify the Optional Protocol.");
    const bytes = Buffer.from([UPR_CSV, other, other].join("\r\n"), "utf8");
    const parsed = await parseImportFile(bytes, "again.csv", { format: "upr-info" });
    commitImport(env.db, who.editor, parsed, { fileName: "again.csv", sha256: "cd".repeat(32) });
    const imported = page({ q: "again.csv" }).find((e) => e.action === "import")!;
    const skipped = imported.fields.find((x) => x.field === "skippedRows")!;
    expect(skipped.label).toBe("Rows not imported, and why");
    const id = env.db.$client
      .prepare("SELECT id FROM recommendations WHERE text LIKE 'Abolish the death%'")
      .pluck()
      .get() as number;
    expect(skipped.after!.text.split("\n")).toEqual([
      `Line 2: Already in the tracker as #${id}, unchanged.`,
      "Line 4: Duplicate of line 3.",
    ]);
    expect(skipped.after!.text).not.toMatch(/Reason|Params|duplicateRow|inTracker/);
  });

  it("names the organisation settings and links them to their page, with the logo in words", () => {
    const png = Buffer.alloc(1502);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    updateSettings(env.db, who.admin, { organisationName: "KIBHR", version: 0 }, png);
    const [saved] = page({ entity: "settings" });
    expect(saved.entityLabel).toBe("Organisation settings");
    expect(saved.record).toEqual({ name: "Organisation settings", href: "/admin/settings" });
    expect(saved.fields.find((x) => x.field === "logo")!.after).toEqual({ text: "PNG image, 1,502 bytes" });
    expect(allText([saved])).not.toMatch(/Type: |Bytes: |image\/png/);
  });

  it("filters by kind of record, action and words — no id needed", () => {
    expect(page({ entity: "follow_up_grade" }).map((e) => e.entityLabel)).toEqual(["Follow-up grade"]);
    expect(page({ action: "archive" }).map((e) => e.record?.href)).toEqual([`/recommendations/${f.rec1.id}`]);
    const found = page({ q: "astana military" });
    expect(found.map((e) => e.entityType).sort()).toEqual(["evidence"]);
    expect(page({ q: "kaz-upr.csv" }).map((e) => e.action)).toEqual(["import"]);
  });

  it("gives a recommendation's history with its responses, grades, assessments and links", () => {
    const history = page({ entity: "recommendation", entityId: String(f.rec2.id) });
    const kinds = history.map((e) => `${e.entityLabel}:${e.action}`).sort();
    // The evidence item itself is its own record: the recommendation's history shows it being attached.
    expect(kinds).toEqual([
      "Assessment:create",
      "Follow-up grade:create",
      "Recommendation:create",
      "Recommendation:link",
      "Reiteration link:create",
      "State response:create",
    ]);
    // The earlier recommendation's history shows the link made from the later one, and its own edits.
    const earlier = page({ entity: "recommendation", entityId: String(f.rec1.id) }).map(
      (e) => `${e.entityLabel}:${e.action}`,
    );
    expect(earlier).toEqual(
      expect.arrayContaining(["Recommendation:archive", "Recommendation:update", "Reiteration link:create"]),
    );
    expect(earlier).not.toContain("State response:create");
  });
});
