import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { assessments, auditLog, followUpGrades, recommendations, reiterations, tags } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, type ValidationError } from "@/lib/errors";
import { archiveAssessment, createAssessment, updateAssessment } from "@/lib/data/assessments";
import { attachEvidence, createEvidence } from "@/lib/data/evidence";
import { createGrade } from "@/lib/data/grades";
import {
  archiveRecommendation,
  createRecommendation,
  getRecommendationDTO,
  restoreRecommendation,
  updateRecommendation,
} from "@/lib/data/recommendations-write";
import { addReiteration, removeReiteration } from "@/lib/data/reiterations";
import { createResponse } from "@/lib/data/responses";
import { archiveTag, updateTag } from "@/lib/data/tags";
import { getRecommendationStory } from "@/lib/data/recommendation-story";
import { freshDb } from "../support/db";
import { actors, auditCount, foundingCase } from "./fixtures";

let env: ReturnType<typeof freshDb>;
let who: ReturnType<typeof actors>;
let f: ReturnType<typeof foundingCase>;
beforeEach(() => {
  env = freshDb();
  who = actors(env.db);
  f = foundingCase(env.db, who.editor);
});
afterEach(() => env.close());

const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to throw");
};

describe("recommendations", () => {
  it("creates with derived state, body and year, tags by name (reusing case-insensitively) and an audit entry", () => {
    const rec = createRecommendation(env.db, who.editor, {
      cycleId: f.cycle2.id,
      documentId: f.co2.id,
      paragraph: "",
      text: "Decriminalise defamation.",
      themes: ["freedom of thought", "Freedom of expression"],
      recommendingStates: ["Norway", "Norway", " "],
    });
    expect(rec).toMatchObject({ stateId: f.kaz.id, bodyId: f.ccpr.id, year: 2016, paragraph: null, version: 1 });
    expect(rec.themes).toEqual(["Freedom of expression", "Freedom of thought"]);
    expect(rec.recommendingStates).toEqual(["Norway"]);
    expect(env.db.select().from(tags).all()).toHaveLength(2);
    const entry = env.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, rec.id))
      .all()
      .find((e) => e.entity === "recommendation");
    expect(entry?.after).toMatchObject({ text: "Decriminalise defamation." });
  });

  it("refuses a follow-up deadline without the follow-up flag, and a document of another cycle", () => {
    const e = thrown(() =>
      createRecommendation(env.db, who.editor, {
        cycleId: f.cycle1.id,
        text: "x",
        isFollowUp: false,
        followUpDeadline: "2013",
      }),
    ) as ValidationError;
    expect(e.fields.followUpDeadline[0]).toMatch(/only applies when the recommendation is picked for follow-up/);
    const wrong = thrown(() =>
      createRecommendation(env.db, who.editor, { cycleId: f.cycle1.id, documentId: f.co2.id, text: "x" }),
    ) as ValidationError;
    expect(wrong.fields.documentId[0]).toBe("The document belongs to another review cycle.");
  });

  it("an archived tag cannot be put on a recommendation; a renamed tag follows everywhere", () => {
    const tag = env.db.select().from(tags).get()!;
    updateTag(env.db, who.admin, tag.id, { name: "Freedom of thought, conscience and religion", version: 1 });
    expect(getRecommendationDTO(env.db, f.rec1.id)!.themes).toEqual(["Freedom of thought, conscience and religion"]);
    expect(thrown(() => updateTag(env.db, who.editor, tag.id, { name: "x", version: 2 }))).toBeInstanceOf(
      ForbiddenError,
    );
    archiveTag(env.db, who.admin, tag.id, { version: 2 });
    const e = thrown(() =>
      updateRecommendation(env.db, who.editor, f.rec2.id, {
        themes: ["Freedom of thought, conscience and religion"],
        version: 1,
      }),
    ) as ValidationError;
    expect(e.fields.themes[0]).toMatch(/is archived/);
  });

  it("two edits from the same version: the second gets a conflict with the first one's text, and nothing of it is saved", () => {
    updateRecommendation(env.db, who.editor, f.rec2.id, { subject: "Conscientious objection", version: 1 });
    const before = auditCount(env.db);
    const e = thrown(() =>
      updateRecommendation(env.db, who.admin, f.rec2.id, { subject: "Alternative service", version: 1 }),
    ) as ConflictError;
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.current).toMatchObject({ subject: "Conscientious objection", version: 2 });
    expect(getRecommendationDTO(env.db, f.rec2.id)!.subject).toBe("Conscientious objection");
    expect(auditCount(env.db)).toBe(before);
  });

  it("only an admin archives and restores a recommendation", () => {
    expect(thrown(() => archiveRecommendation(env.db, who.editor, f.rec1.id, { version: 1 }))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(archiveRecommendation(env.db, who.admin, f.rec1.id, { version: 1 })).toMatchObject({
      archived: true,
      version: 2,
    });
    expect(restoreRecommendation(env.db, who.admin, f.rec1.id, { version: 2 })).toMatchObject({
      archived: false,
      version: 3,
    });
    expect(thrown(() => updateRecommendation(env.db, who.editor, 9999, { text: "x", version: 1 }))).toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("history: responses, grades, assessments, evidence", () => {
  it("the status is the latest assessment by date, whatever order they were typed in; archiving one falls back", () => {
    const late = createAssessment(env.db, who.editor, f.rec2.id, {
      date: "2024-04-16",
      status: "regressed",
      rationale: "Smal convicted for refusing service.",
    });
    createAssessment(env.db, who.editor, f.rec2.id, {
      date: "2019",
      status: "not_implemented",
      rationale: "No law adopted.",
    });
    expect(getRecommendationDTO(env.db, f.rec2.id)).toMatchObject({ status: "regressed", statusDate: "2024-04-16" });
    archiveAssessment(env.db, who.editor, late.id, { version: late.version });
    expect(getRecommendationDTO(env.db, f.rec2.id)).toMatchObject({ status: "not_implemented", statusDate: "2019" });
    expect(env.db.select().from(assessments).all()).toHaveLength(2);
  });

  it("an assessment's evidence must exist; a refused assessment leaves no row and no audit entry", () => {
    const ev = createEvidence(env.db, who.editor, {
      kind: "court_decision",
      title: "Astana Military Court: Daniil Smal",
      date: "2024-04-16",
      stateId: f.kaz.id,
    });
    const before = auditCount(env.db);
    const e = thrown(() =>
      createAssessment(env.db, who.editor, f.rec2.id, {
        date: "2024-05",
        status: "regressed",
        rationale: "r",
        evidenceIds: [ev.id, 777],
      }),
    ) as ValidationError;
    expect(e.fields.evidenceIds).toEqual(["There is no evidence item with id 777."]);
    expect(env.db.select().from(assessments).all()).toHaveLength(0);
    expect(auditCount(env.db)).toBe(before);
    const a = createAssessment(env.db, who.editor, f.rec2.id, {
      date: "2024-05",
      status: "regressed",
      rationale: "r",
      evidenceIds: [ev.id],
    });
    expect(a.evidenceIds).toEqual([ev.id]);
    const edited = updateAssessment(env.db, who.editor, a.id, { evidenceIds: [], version: a.version });
    expect(edited.evidenceIds).toEqual([]);
  });

  it("a viewer cannot add history", () => {
    expect(
      thrown(() => createResponse(env.db, who.viewer, f.rec2.id, { date: "2020", stance: "rejects" })),
    ).toBeInstanceOf(ForbiddenError);
    expect(auditCount(env.db)).toBeGreaterThan(0);
    expect(getRecommendationDTO(env.db, f.rec2.id)!.latestStance).toBeNull();
  });

  it("responses keep their history; the latest stance is the latest by date", () => {
    createResponse(env.db, who.editor, f.rec2.id, {
      date: "2018-07",
      stance: "partially_accepts",
      quote: "A bill is being drafted.",
    });
    createResponse(env.db, who.editor, f.rec2.id, {
      date: "2024",
      stance: "rejects",
      quote: "Military service is a constitutional duty.",
    });
    const story = getRecommendationStory(env.db, f.rec2.id)!;
    expect(story.latestStance).toBe("rejects");
    expect(story.responses.map((r) => r.type === "response" && r.stance)).toEqual(["partially_accepts", "rejects"]);
  });

  it("grades are stored as written and mapped: sub-grades to their letter, a mixed grade to its worst letter", () => {
    const g = createGrade(env.db, who.editor, f.rec2.id, { date: "2020-07", grade: "B, C" });
    expect(g).toMatchObject({ gradeAsWritten: "B, C", gradeLetter: "C" });
    createGrade(env.db, who.editor, f.rec1.id, { date: "2013", grade: "b2" });
    expect(
      env.db.select().from(followUpGrades).where(eq(followUpGrades.recommendationId, f.rec1.id)).get(),
    ).toMatchObject({ gradeLetter: "B" });
    expect(getRecommendationDTO(env.db, f.rec2.id)!.latestGrade).toBe("C");
    const e = thrown(() =>
      createGrade(env.db, who.editor, f.rec2.id, { date: "2020", grade: "B3" }),
    ) as ValidationError;
    expect(e.fields.grade[0]).toMatch(/B3 is not a follow-up grade/);
  });

  it("attaches an existing evidence item or a new one to a recommendation", () => {
    const ev = createEvidence(env.db, who.editor, { kind: "law", title: "Law on military duty" });
    expect(attachEvidence(env.db, who.editor, f.rec2.id, { evidenceId: ev.id })).toMatchObject({
      id: ev.id,
      linked: true,
    });
    expect(attachEvidence(env.db, who.editor, f.rec2.id, { evidenceId: ev.id })).toMatchObject({ linked: false });
    const fresh = attachEvidence(env.db, who.editor, f.rec2.id, {
      kind: "news_article",
      title: "Forum 18 report",
      sourceUrl: "https://www.forum18.org/",
    });
    expect(
      getRecommendationStory(env.db, f.rec2.id)!
        .evidence.map((e) => e.id)
        .sort(),
    ).toEqual([ev.id, fresh.id].sort());
    const bad = thrown(() =>
      attachEvidence(env.db, who.editor, f.rec2.id, { kind: "news_article", title: "x", sourceUrl: "forum18" }),
    ) as ValidationError;
    expect(bad.fields.sourceUrl[0]).toMatch(/http/);
  });
});

describe("reiteration links", () => {
  it("link the 2016 recommendation to the 2011 one: outstanding since 2011", () => {
    const link = addReiteration(env.db, who.editor, f.rec2.id, { earlierId: f.rec1.id });
    expect(getRecommendationDTO(env.db, f.rec2.id)).toMatchObject({ chainStartYear: 2011, reiteratesEarlier: true });
    expect(getRecommendationDTO(env.db, f.rec1.id)).toMatchObject({ reiteratedLater: true });
    removeReiteration(env.db, who.editor, link.id, { version: link.version });
    expect(getRecommendationDTO(env.db, f.rec2.id)).toMatchObject({ chainStartYear: 2016, reiteratesEarlier: false });
  });

  it("refuses a link that would make a loop, directly or through a chain, and a self-link", () => {
    const rec3 = createRecommendation(env.db, who.editor, { cycleId: f.cycle2.id, text: "Third." });
    addReiteration(env.db, who.editor, f.rec2.id, { earlierId: f.rec1.id });
    addReiteration(env.db, who.editor, rec3.id, { earlierId: f.rec2.id });
    const loop = thrown(() => addReiteration(env.db, who.editor, f.rec1.id, { earlierId: rec3.id })) as ValidationError;
    expect(loop.fields.earlierId[0]).toBe(
      `Recommendation ${rec3.id} already reiterates recommendation ${f.rec1.id} (directly or through a chain), ` +
        `so linking them this way round would make a loop.`,
    );
    const self = thrown(() =>
      addReiteration(env.db, who.editor, f.rec1.id, { earlierId: f.rec1.id }),
    ) as ValidationError;
    expect(self.fields.earlierId[0]).toBe("A recommendation cannot reiterate itself.");
    expect(env.db.select().from(reiterations).all()).toHaveLength(2);
    expect(env.db.select().from(recommendations).where(eq(recommendations.id, rec3.id)).get()!.chainStartYear).toBe(
      2011,
    );
  });
});
