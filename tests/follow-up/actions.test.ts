import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { addActionProgress, archiveAction, createAction, restoreAction, updateAction } from "@/lib/data/actions";
import { getByInstitution } from "@/lib/data/dashboard";
import { detailRows } from "@/lib/data/export";
import { createInstitution, listInstitutions, updateInstitution } from "@/lib/data/institutions";
import { getRecommendationStory } from "@/lib/data/recommendation-story";
import { facetCounts, searchRecommendations } from "@/lib/data/search";
import { createState } from "@/lib/data/states";
import { parseFilters } from "@/lib/search/filters";
import { freshDb } from "../support/db";
import { actors, foundingCase } from "../data/fixtures";

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
const audits = (entity: string, id: number) =>
  env.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, id)))
    .all();

function defenceMinistry() {
  return createInstitution(env.db, who.editor, { stateId: f.kaz.id, name: "Ministry of Defence", kind: "ministry" });
}

describe("institutions", () => {
  it("are created per state by editors, audited, and a second one of the same name in that state is refused", () => {
    const mod = defenceMinistry();
    expect(mod).toMatchObject({ name: "Ministry of Defence", kind: "ministry", version: 1, archived: false });
    expect(audits("institution", mod.id).map((a) => a.action)).toEqual(["create"]);
    const dup = thrown(() => defenceMinistry()) as ValidationError;
    expect(dup).toBeInstanceOf(ValidationError);
    expect(dup.fields.name[0]).toContain("already exists");
    expect(
      thrown(() => createInstitution(env.db, who.viewer, { stateId: f.kaz.id, name: "X", kind: "court" })),
    ).toBeInstanceOf(ForbiddenError);
    const bad = thrown(() =>
      // @ts-expect-error -- deliberately a kind the schema refuses: the DAL must name the allowed ones.
      createInstitution(env.db, who.editor, { stateId: f.kaz.id, name: "X", kind: "army" }),
    ) as ValidationError;
    expect(bad.fields.kind[0]).toContain("ministry");
  });

  it("are listed by state code and edited from the version read (409 with the current record otherwise)", () => {
    const mod = defenceMinistry();
    const other = createState(env.db, who.editor, { code: "KGZ", name: "Kyrgyzstan" });
    createInstitution(env.db, who.editor, { stateId: other.id, name: "Jogorku Kenesh", kind: "parliament" });
    expect(listInstitutions(env.db, { stateCode: "kaz" }).rows.map((r) => [r.name, r.stateCode])).toEqual([
      ["Ministry of Defence", "KAZ"],
    ]);
    updateInstitution(env.db, who.editor, mod.id, { name: "Ministry of Defence of Kazakhstan", version: 1 });
    const stale = thrown(() =>
      updateInstitution(env.db, who.editor, mod.id, { kind: "other", version: 1 }),
    ) as ConflictError;
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.current).toMatchObject({ name: "Ministry of Defence of Kazakhstan", version: 2 });
  });
});

describe("actions", () => {
  it("record who is to do what by when, refuse another state's institution, and keep history in the audit log", () => {
    const mod = defenceMinistry();
    const other = createState(env.db, who.editor, { code: "KGZ", name: "Kyrgyzstan" });
    const foreign = createInstitution(env.db, who.editor, {
      stateId: other.id,
      name: "Jogorku Kenesh",
      kind: "parliament",
    });
    const refused = thrown(() =>
      createAction(env.db, who.editor, f.rec2.id, {
        title: "Draft a law",
        institutionIds: [foreign.id],
        status: "planned",
      }),
    ) as ValidationError;
    expect(refused.fields.institutionIds[0]).toContain("Kazakhstan");

    const action = createAction(env.db, who.editor, f.rec2.id, {
      title: "Draft a law on alternative civilian service",
      institutionIds: [mod.id],
      focalPointName: "Department of Legal Affairs",
      focalPointContact: "legal@mod.example",
      dueDate: "2027-06",
      status: "planned",
    });
    expect(action).toMatchObject({
      recommendationId: f.rec2.id,
      dueDate: "2027-06",
      status: "planned",
      institutions: [{ id: mod.id, name: "Ministry of Defence", kind: "ministry" }],
      version: 1,
    });
    const updated = updateAction(env.db, who.editor, action.id, {
      status: "in_progress",
      institutionIds: [],
      version: 1,
    });
    expect(updated).toMatchObject({ status: "in_progress", institutions: [], version: 2 });
    expect(thrown(() => updateAction(env.db, who.editor, action.id, { status: "done", version: 1 }))).toBeInstanceOf(
      ConflictError,
    );
    const bad = thrown(() =>
      updateAction(env.db, who.editor, action.id, { dueDate: "2027-13", version: 2 }),
    ) as ValidationError;
    expect(bad.fields.dueDate[0]).toContain("not a real date");
    expect(audits("action", action.id).map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("carry dated progress notes, are archived rather than deleted, and show on the story's timeline", () => {
    const mod = defenceMinistry();
    const action = createAction(env.db, who.editor, f.rec2.id, {
      title: "Draft a law on alternative civilian service",
      institutionIds: [mod.id],
      dueDate: "2027-06",
      status: "in_progress",
    });
    const note = addActionProgress(env.db, who.editor, action.id, {
      date: "2026-10-01",
      note: "A working group was set up.",
      sourceUrl: "https://example.org/decree",
    });
    expect(audits("action_progress", note.id)).toHaveLength(1);
    const story = getRecommendationStory(env.db, f.rec2.id)!;
    expect(story.actions.map((a) => a.title)).toEqual(["Draft a law on alternative civilian service"]);
    const kinds = story.timeline
      .filter((e) => e.type === "action" || e.type === "actionProgress")
      .map((e) => [e.type, e.date]);
    expect(kinds).toEqual([
      ["actionProgress", "2026-10-01"],
      ["action", "2027-06"],
    ]);

    archiveAction(env.db, who.editor, action.id, { version: 1 });
    expect(getRecommendationStory(env.db, f.rec2.id)!.actions).toEqual([]);
    expect(
      thrown(() => addActionProgress(env.db, who.editor, action.id, { date: "2026-11", note: "x" })),
    ).toBeInstanceOf(ValidationError);
    restoreAction(env.db, who.editor, action.id, { version: 2 });
    expect(getRecommendationStory(env.db, f.rec2.id)!.actions).toHaveLength(1);
  });

  it("filter the list, count on the dashboard and fill the export's column, by responsible institution", () => {
    const mod = defenceMinistry();
    const parliament = createInstitution(env.db, who.editor, {
      stateId: f.kaz.id,
      name: "Mazhilis",
      kind: "parliament",
    });
    createAction(env.db, who.editor, f.rec2.id, {
      title: "Draft a law",
      institutionIds: [mod.id, parliament.id],
      status: "planned",
    });
    createAction(env.db, who.editor, f.rec2.id, {
      title: "Train recruiters",
      institutionIds: [mod.id],
      status: "planned",
    });
    createAction(env.db, who.editor, f.rec1.id, {
      title: "Debate the bill",
      institutionIds: [parliament.id],
      status: "planned",
    });
    const archived = createAction(env.db, who.editor, f.rec1.id, {
      title: "Old plan",
      institutionIds: [mod.id],
      status: "abandoned",
    });
    archiveAction(env.db, who.editor, archived.id, { version: 1 });

    const byMod = searchRecommendations(env.db, parseFilters({ institution: String(mod.id) }), { cache: false });
    expect(byMod.rows.map((r) => r.id)).toEqual([f.rec2.id]);
    const counts = facetCounts(env.db, parseFilters({ state: "KAZ" }), { cache: false });
    expect(counts.institution.map((v) => [v.label, v.count])).toEqual([
      ["Mazhilis", 2],
      ["Ministry of Defence", 1],
    ]);
    // A chosen institution narrows the other facets' counts, as any facet does.
    const narrowed = facetCounts(env.db, parseFilters({ institution: String(mod.id) }), { cache: false });
    expect(narrowed.state).toEqual([{ value: "KAZ", label: "Kazakhstan", count: 1 }]);

    expect(getByInstitution(env.db, { state: [], body: [], theme: [] })).toEqual([
      { id: parliament.id, name: "Mazhilis", stateCode: "KAZ", n: 2 },
      { id: mod.id, name: "Ministry of Defence", stateCode: "KAZ", n: 1 },
    ]);
    expect(getByInstitution(env.db, { state: [], body: [], theme: [], from: 2016 })).toEqual([
      { id: parliament.id, name: "Mazhilis", stateCode: "KAZ", n: 1 },
      { id: mod.id, name: "Ministry of Defence", stateCode: "KAZ", n: 1 },
    ]);

    const [row2] = detailRows(env.db.$client, [f.rec2.id]);
    expect(row2.responsibleInstitutions).toEqual(["Mazhilis (Parliament)", "Ministry of Defence (Ministry)"]);
    expect(row2.actions!.map((a) => a.title)).toEqual(["Draft a law", "Train recruiters"]);
    const [row1] = detailRows(env.db.$client, [f.rec1.id]);
    expect(row1.actions!.map((a) => a.title)).toEqual(["Debate the bill"]);
  });
});
