import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, states } from "@/db/schema";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { archiveBody, createBody } from "@/lib/data/bodies";
import { createCycle, updateCycle } from "@/lib/data/cycles";
import { createDocument, updateDocument } from "@/lib/data/documents";
import { archiveState, createState, listStates, restoreState, updateState } from "@/lib/data/states";
import { getRecommendationDTO } from "@/lib/data/recommendations-write";
import { freshDb } from "../support/db";
import { actors, auditCount, foundingCase } from "./fixtures";

let env: ReturnType<typeof freshDb>;
let who: ReturnType<typeof actors>;
beforeEach(() => {
  env = freshDb();
  who = actors(env.db);
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

describe("states", () => {
  it("creates, updates, archives and restores, each with its audit entry in the same transaction", () => {
    const kaz = createState(env.db, who.editor, { code: "KAZ", name: "Kazakstan" });
    expect(kaz).toMatchObject({ code: "KAZ", version: 1, archived: false });
    const fixed = updateState(env.db, who.editor, kaz.id, { name: "Kazakhstan", version: 1 });
    expect(fixed).toMatchObject({ name: "Kazakhstan", code: "KAZ", version: 2 });
    const archived = archiveState(env.db, who.editor, kaz.id, { version: 2 });
    expect(archived.archived).toBe(true);
    expect(listStates(env.db).rows).toHaveLength(0);
    expect(listStates(env.db, { archived: true }).rows).toHaveLength(1);
    restoreState(env.db, who.editor, kaz.id, { version: 3 });

    const entries = env.db.select().from(auditLog).where(eq(auditLog.entity, "state")).all();
    expect(entries.map((e) => e.action)).toEqual(["create", "update", "archive", "restore"]);
    expect(entries[1]).toMatchObject({ userId: who.editor.id, userEmail: "editor@example.org", entityId: kaz.id });
    expect(entries[1].before).toMatchObject({ name: "Kazakstan" });
    expect(entries[1].after).toMatchObject({ name: "Kazakhstan" });
  });

  it("refuses a viewer and a signed-out caller, leaving no row and no audit entry", () => {
    expect(thrown(() => createState(env.db, who.viewer, { code: "KAZ", name: "Kazakhstan" }))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(thrown(() => createState(env.db, null, { code: "KAZ", name: "Kazakhstan" }))).toBeInstanceOf(
      UnauthorizedError,
    );
    expect(env.db.select().from(states).all()).toHaveLength(0);
    expect(auditCount(env.db)).toBe(0);
  });

  it("refuses invalid input with field messages, leaving no row and no audit entry", () => {
    const e = thrown(() => createState(env.db, who.editor, { code: "KAZZ", name: "" })) as ValidationError;
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.fields.code[0]).toMatch(/three-letter ISO 3166-1 code/);
    expect(e.fields.name[0]).toMatch(/required/);
    createState(env.db, who.editor, { code: "KAZ", name: "Kazakhstan" });
    const dup = thrown(() => createState(env.db, who.editor, { code: "KAZ", name: "Again" })) as ValidationError;
    expect(dup.fields.code[0]).toBe("A state with code KAZ already exists.");
    expect(env.db.select().from(states).all()).toHaveLength(1);
    expect(auditCount(env.db)).toBe(1);
  });

  it("refuses a stale edit with 409 and hands back what the other person saved", () => {
    const kaz = createState(env.db, who.editor, { code: "KAZ", name: "Kazakstan" });
    updateState(env.db, who.admin, kaz.id, { name: "Republic of Kazakhstan", version: 1 });
    const e = thrown(() =>
      updateState(env.db, who.editor, kaz.id, { name: "Kazakhstan", version: 1 }),
    ) as ConflictError;
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.status).toBe(409);
    expect(e.message).toBe(
      "Someone else changed this state after you opened it. Nothing was saved: compare your changes with theirs and apply them again.",
    );
    // The internal edit counter is for the software, not for the person reading the message.
    expect(e.message).not.toMatch(/version/);
    expect(e.current).toMatchObject({ name: "Republic of Kazakhstan", version: 2 });
    expect(env.db.select().from(states).get()!.name).toBe("Republic of Kazakhstan");
    expect(auditCount(env.db)).toBe(2);
  });

  it("asks for the version an edit started from", () => {
    const kaz = createState(env.db, who.editor, { code: "KAZ", name: "Kazakhstan" });
    // @ts-expect-error -- deliberately without `version`: the DAL must ask for it.
    const e = thrown(() => updateState(env.db, who.editor, kaz.id, { name: "X" })) as ValidationError;
    expect(e.fields.version[0]).toMatch(/version you started from is missing/);
  });
});

describe("bodies, cycles and documents", () => {
  it("archiving is versioned and audited; archiving twice is refused", () => {
    const ccpr = createBody(env.db, who.editor, { code: "CCPR", name: "Human Rights Committee", kind: "treaty_body" });
    archiveBody(env.db, who.editor, ccpr.id, { version: 1 });
    const e = thrown(() => archiveBody(env.db, who.editor, ccpr.id, { version: 2 })) as ValidationError;
    expect(e.message).toBe("This body is already archived.");
  });

  it("refuses a second cycle with the same number for the same state and body", () => {
    const kaz = createState(env.db, who.editor, { code: "KAZ", name: "Kazakhstan" });
    const ccpr = createBody(env.db, who.editor, { code: "CCPR", name: "Human Rights Committee", kind: "treaty_body" });
    createCycle(env.db, who.editor, { stateId: kaz.id, bodyId: ccpr.id, ordinal: 2 });
    const e = thrown(() =>
      createCycle(env.db, who.editor, { stateId: kaz.id, bodyId: ccpr.id, ordinal: 2 }),
    ) as ValidationError;
    expect(e.fields.ordinal[0]).toMatch(/already exists/);
    const missing = thrown(() =>
      createCycle(env.db, who.editor, { stateId: 999, bodyId: ccpr.id, ordinal: 3 }),
    ) as ValidationError;
    expect(missing.fields.stateId[0]).toBe("There is no state with id 999.");
  });

  it("a UN document needs a valid symbol, a court decision needs none", () => {
    const noSymbol = thrown(() =>
      createDocument(env.db, who.editor, { title: "CO", kind: "concluding_observations" }),
    ) as ValidationError;
    expect(noSymbol.fields.symbol[0]).toMatch(/“Concluding observations” is a UN document: enter its symbol/);
    const bad = thrown(() =>
      createDocument(env.db, who.editor, { symbol: "CCRP/C/KAZ/CO/2", title: "CO", kind: "concluding_observations" }),
    ) as ValidationError;
    expect(bad.fields.symbol[0]).toBe("unknown body prefix 'CCRP' — did you mean CCPR?");
    const court = createDocument(env.db, who.editor, {
      title: "Astana Military Court, Daniil Smal",
      kind: "court_decision",
      date: "2024-04-16",
    });
    expect(court.symbol).toBeNull();
  });

  it("fills state and body from the symbol, canonicalises it, and refuses a symbol of another state", () => {
    const kaz = createState(env.db, who.editor, { code: "KAZ", name: "Kazakhstan" });
    const uzb = createState(env.db, who.editor, { code: "UZB", name: "Uzbekistan" });
    const ccpr = createBody(env.db, who.editor, { code: "CCPR", name: "Human Rights Committee", kind: "treaty_body" });
    const doc = createDocument(env.db, who.editor, {
      symbol: "ccpr/c/kaz/co/2",
      title: "CO 2016",
      kind: "concluding_observations",
    });
    expect(doc).toMatchObject({ symbol: "CCPR/C/KAZ/CO/2", stateId: kaz.id, bodyId: ccpr.id });
    const e = thrown(() =>
      createDocument(env.db, who.editor, {
        symbol: "CCPR/C/KAZ/CO/1",
        title: "CO",
        kind: "concluding_observations",
        stateId: uzb.id,
      }),
    ) as ValidationError;
    expect(e.fields.symbol[0]).toBe("This symbol is about KAZ but the document is filed under UZB.");
    const dup = thrown(() =>
      createDocument(env.db, who.editor, {
        symbol: "CCPR/C/KAZ/CO/2",
        title: "again",
        kind: "concluding_observations",
      }),
    ) as ValidationError;
    expect(dup.fields.symbol[0]).toMatch(/already exists/);
  });

  it("changing a document's date or a cycle moves the recommendation's year", () => {
    const f = foundingCase(env.db, who.editor);
    expect(getRecommendationDTO(env.db, f.rec2.id)!.year).toBe(2016);
    updateDocument(env.db, who.editor, f.co2.id, { date: "2017-01-10", version: f.co2.version });
    expect(getRecommendationDTO(env.db, f.rec2.id)!.year).toBe(2017);
    const uzb = createState(env.db, who.editor, { code: "UZB", name: "Uzbekistan" });
    updateCycle(env.db, who.editor, f.cycle1.id, { stateId: uzb.id, version: f.cycle1.version });
    expect(getRecommendationDTO(env.db, f.rec1.id)!.stateId).toBe(uzb.id);
  });
});
