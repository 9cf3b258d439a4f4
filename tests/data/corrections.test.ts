/**
 * Every recorded fact can be corrected or withdrawn (the recommendation page's
 * controls call exactly these): edits carry the version the editor saw,
 * archived records leave the story and the counts and come back from the bin,
 * and every step is in the audit log.
 */
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { archiveAction, createAction } from "@/lib/data/actions";
import { archiveAssessment, createAssessment } from "@/lib/data/assessments";
import { archiveCycleEvent, createCycleEvent } from "@/lib/data/cycle-events";
import { archiveInstitution, createInstitution } from "@/lib/data/institutions";
import { listArchivedRecords, restoreArchived } from "@/lib/data/archive-bin";
import { getSummary } from "@/lib/data/dashboard";
import { getRecommendationHistory } from "@/lib/data/recommendation-history";
import { getRecommendationStory } from "@/lib/data/recommendation-story";
import { addReiteration, removeReiteration, restoreReiteration } from "@/lib/data/reiterations";
import { archiveRecommendation } from "@/lib/data/recommendations-write";
import { createResponse, updateResponse } from "@/lib/data/responses";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { actors, foundingCase } from "./fixtures";
import { freshDb } from "../support/db";

const handles: { close: () => void }[] = [];
afterEach(() => handles.splice(0).forEach((h) => h.close()));
function setup() {
  const t = freshDb();
  handles.push(t);
  const who = actors(t.db);
  return { db: t.db, ...who, fc: foundingCase(t.db, who.editor) };
}
const auditOf = (db: ReturnType<typeof setup>["db"], entity: string, id: number) =>
  db.all<{ action: string; email: string }>(
    sql`SELECT action, user_email AS email FROM audit_log WHERE entity = ${entity} AND entity_id = ${id} ORDER BY id`,
  );

describe("correcting a state response", () => {
  it("changes the quote from the version the editor saw; a stale version is refused with the current record", () => {
    const { db, editor, admin, fc } = setup();
    const r = createResponse(db, editor, fc.rec2.id, {
      date: "2024-04-02",
      stance: "rejects",
      quote: "The law does not recognise it.",
    });
    const fixed = updateResponse(db, editor, r.id, {
      version: r.version,
      quote: "The law does not directly recognise it.",
    });
    expect(fixed).toMatchObject({ version: 2, quote: "The law does not directly recognise it." });
    const story = getRecommendationStory(db, fc.rec2.id)!;
    expect(story.responses).toEqual([expect.objectContaining({ quote: "The law does not directly recognise it." })]);

    let conflict: unknown;
    try {
      updateResponse(db, admin, r.id, { version: 1, quote: "Someone else's wording" });
    } catch (e) {
      conflict = e;
    }
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).current).toMatchObject({
      version: 2,
      quote: "The law does not directly recognise it.",
    });
    expect(auditOf(db, "state_response", r.id)).toEqual([
      { action: "create", email: "editor@example.org" },
      { action: "update", email: "editor@example.org" },
    ]);
  });
});

describe("archiving an assessment and restoring it from the bin", () => {
  it("leaves the story and the counts, shows in the bin, and comes back, each step audited", () => {
    const { db, editor, fc } = setup();
    const a = createAssessment(db, editor, fc.rec1.id, {
      date: "2016-07-11",
      status: "not_implemented",
      rationale: "Not done.",
    });
    const none = { state: [], body: [], theme: [] };
    expect(getSummary(db, none).counts.not_implemented).toBe(1);

    archiveAssessment(db, editor, a.id, { version: a.version });
    const story = getRecommendationStory(db, fc.rec1.id)!;
    expect(story.status).toBeNull();
    expect(story.timeline.some((e) => e.type === "assessment")).toBe(false);
    expect(getSummary(db, none).counts.not_implemented).toBe(0);
    expect(getRecommendationHistory(db, editor, fc.rec1.id).assessments).toEqual([
      expect.objectContaining({ id: a.id, archived: true, version: 2 }),
    ]);

    const bin = listArchivedRecords(db, editor);
    expect(bin.counts.assessment).toBe(1);
    expect(bin.rows).toEqual([
      expect.objectContaining({
        kind: "assessment",
        id: a.id,
        version: 2,
        code: "not_implemented",
        date: "2016-07-11",
        recommendationId: fc.rec1.id,
        canRestore: true,
      }),
    ]);
    restoreArchived(db, editor, "assessment", a.id, { version: 2 });
    expect(getRecommendationStory(db, fc.rec1.id)!.status).toBe("not_implemented");
    expect(listArchivedRecords(db, editor).total).toBe(0);
    expect(auditOf(db, "assessment", a.id).map((x) => x.action)).toEqual(["create", "archive", "restore"]);
  });

  it("is for editors and admins: a viewer may not read the bin nor an editor restore a recommendation", () => {
    const { db, viewer, editor, admin, fc } = setup();
    expect(() => listArchivedRecords(db, viewer)).toThrow(ForbiddenError);
    expect(() => getRecommendationHistory(db, viewer, fc.rec1.id)).toThrow(ForbiddenError);
    archiveRecommendation(db, admin, fc.rec1.id, { version: fc.rec1.version });
    const row = listArchivedRecords(db, editor).rows.find((r) => r.kind === "recommendation")!;
    expect(row).toMatchObject({ id: fc.rec1.id, canRestore: false });
    expect(() => restoreArchived(db, editor, "recommendation", fc.rec1.id, { version: row.version })).toThrow(
      ForbiddenError,
    );
    expect(listArchivedRecords(db, admin).rows[0]).toMatchObject({ kind: "recommendation", canRestore: true });
  });

  it("holds institutions, actions and cycle events too, each named, and restores them", () => {
    const { db, editor, fc } = setup();
    const ministry = createInstitution(db, editor, {
      stateId: fc.kaz.id,
      name: "Ministry of Defence",
      kind: "ministry",
    });
    const action = createAction(db, editor, fc.rec2.id, {
      title: "Draft an alternative service law",
      institutionIds: [ministry.id],
      status: "planned",
    });
    const event = createCycleEvent(db, editor, { cycleId: fc.cycle2.id, date: "2024-03", title: "Briefing" });
    archiveAction(db, editor, action.id, { version: action.version });
    archiveInstitution(db, editor, ministry.id, { version: ministry.version });
    archiveCycleEvent(db, editor, event.id, { version: event.version });
    const bin = listArchivedRecords(db, editor);
    expect(bin.counts).toMatchObject({ institution: 1, action: 1, cycleEvent: 1 });
    const byKind = Object.fromEntries(bin.rows.map((r) => [r.kind, r]));
    expect(byKind.institution).toMatchObject({ code: "ministry", text: "Ministry of Defence (KAZ)", canRestore: true });
    expect(byKind.action).toMatchObject({
      code: "planned",
      text: "Draft an alternative service law",
      recommendationId: fc.rec2.id,
    });
    expect(byKind.cycleEvent).toMatchObject({ date: "2024-03", text: "Briefing — KAZ · CCPR · 2" });
    for (const r of bin.rows) restoreArchived(db, editor, r.kind, r.id, { version: r.version });
    expect(listArchivedRecords(db, editor).total).toBe(0);
    expect(auditOf(db, "action", action.id).map((x) => x.action)).toEqual(["create", "archive", "restore"]);
  });
});

describe("removing a reiteration link", () => {
  it("archives it: the chain and 'outstanding since' no longer count it, and restoring brings both back", () => {
    const { db, editor, fc } = setup();
    const link = addReiteration(db, editor, fc.rec2.id, { earlierId: fc.rec1.id });
    expect(getRecommendationStory(db, fc.rec1.id)).toMatchObject({ outstandingSince: 2011, chainStartYear: 2011 });
    expect(getRecommendationStory(db, fc.rec2.id)!.chainStartYear).toBe(2011);

    const removed = removeReiteration(db, editor, link.id, { version: link.version });
    expect(removed.archived).toBe(true);
    expect(getRecommendationStory(db, fc.rec1.id)).toMatchObject({ outstandingSince: null, reiteratedLater: false });
    expect(getRecommendationStory(db, fc.rec2.id)!.chain.map((c) => c.id)).toEqual([fc.rec2.id]);
    expect(getRecommendationStory(db, fc.rec2.id)!.chainStartYear).toBe(2016);

    // Linking the same two again points to the removed link instead of making a second one.
    expect(() => addReiteration(db, editor, fc.rec2.id, { earlierId: fc.rec1.id })).toThrow(
      expect.objectContaining({
        fields: { earlierId: [expect.stringContaining("restore it from the Archived section")] },
      }),
    );
    restoreReiteration(db, editor, link.id, { version: removed.version });
    expect(getRecommendationStory(db, fc.rec1.id)!.outstandingSince).toBe(2011);
    expect(auditOf(db, "reiteration", link.id).map((x) => x.action)).toEqual(["create", "archive", "restore"]);
  });

  it("a link restored after the opposite link was made would close a loop, and is refused", () => {
    const { db, editor, fc } = setup();
    const link = addReiteration(db, editor, fc.rec2.id, { earlierId: fc.rec1.id });
    const removed = removeReiteration(db, editor, link.id, { version: link.version });
    addReiteration(db, editor, fc.rec1.id, { earlierId: fc.rec2.id });
    expect(() => restoreReiteration(db, editor, link.id, { version: removed.version })).toThrow(ValidationError);
    expect(getRecommendationHistory(db, editor, fc.rec2.id).links.find((l) => l.id === link.id)!.archived).toBe(true);
  });
});
