import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";

import { createCycle } from "@/lib/data/cycles";
import { getSummary } from "@/lib/data/dashboard";
import { createEvidence, attachEvidence } from "@/lib/data/evidence";
import { listPublishedStates, listPublicRecommendationIds } from "@/lib/data/public";
import { getRecommendationStory } from "@/lib/data/recommendation-story";
import { createRecommendation } from "@/lib/data/recommendations-write";
import { facetCounts, searchRecommendations } from "@/lib/data/search";
import { createShareLink, listShareLinks, openShareLink, revokeShareLink } from "@/lib/data/share-links";
import { createState, updateState } from "@/lib/data/states";
import { emptyFilters } from "@/lib/search/filters";
import { freshDb } from "../support/db";
import { actors, foundingCase } from "./fixtures";

let env: ReturnType<typeof freshDb>;
let who: ReturnType<typeof actors>;
beforeEach(() => {
  env = freshDb();
  who = actors(env.db);
});
afterEach(() => env.close());

const publicFilters = () => ({ ...emptyFilters(), publishedOnly: true });

/** A published Kazakhstan (the founding case) and an unpublished Kyrgyzstan with one recommendation. */
function world() {
  const fc = foundingCase(env.db, who.editor);
  updateState(env.db, who.editor, fc.kaz.id, { published: true, version: fc.kaz.version });
  const kgz = createState(env.db, who.editor, { code: "KGZ", name: "Kyrgyzstan" });
  const cycle = createCycle(env.db, who.editor, {
    stateId: kgz.id,
    bodyId: fc.ccpr.id,
    ordinal: 1,
    adoptionDate: "2014",
  });
  const planted = createRecommendation(env.db, who.editor, { cycleId: cycle.id, text: "Planted unpublished text." });
  return { ...fc, kgz, planted };
}

describe("publishing by state", () => {
  it("a state is published by a versioned, audited update; viewers may not, stale versions get 409", () => {
    const kaz = createState(env.db, who.editor, { code: "KAZ", name: "Kazakhstan" });
    expect(kaz.published).toBe(false);
    expect(() => updateState(env.db, who.viewer, kaz.id, { published: true, version: 1 })).toThrow(ForbiddenError);
    const after = updateState(env.db, who.editor, kaz.id, { published: true, version: 1 });
    expect(after).toMatchObject({ published: true, version: 2 });
    expect(() => updateState(env.db, who.editor, kaz.id, { published: false, version: 1 })).toThrow(ConflictError);
    const entry = env.db.select().from(auditLog).where(eq(auditLog.entity, "state")).all().at(-1)!;
    expect(entry.after).toMatchObject({ published: true });
  });

  it("public search, facets, figures, the state list and the sitemap ids leave an unpublished state out", () => {
    const w = world();
    const ids = searchRecommendations(env.db, publicFilters()).rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([w.rec1.id, w.rec2.id]));
    expect(ids).not.toContain(w.planted.id);
    expect(facetCounts(env.db, publicFilters()).state.map((s) => s.value)).toEqual(["KAZ"]);
    expect(getSummary(env.db, { state: [], body: [], theme: [], publishedOnly: true }).total).toBe(2);
    expect(getSummary(env.db, { state: [], body: [], theme: [] }).total).toBe(3);
    expect(listPublishedStates(env.db).map((s) => s.code)).toEqual(["KAZ"]);
    expect(listPublicRecommendationIds(env.db, 100)).not.toContain(w.planted.id);
    expect(getRecommendationStory(env.db, w.planted.id, { publishedOnly: true })).toBeNull();
    // A URL cannot name the unpublished state into view.
    expect(searchRecommendations(env.db, { ...publicFilters(), state: ["KGZ"] }).total).toBe(0);

    updateState(env.db, who.editor, w.kgz.id, { published: true, version: w.kgz.version });
    expect(searchRecommendations(env.db, publicFilters()).rows.map((r) => r.id)).toContain(w.planted.id);
    expect(
      facetCounts(env.db, publicFilters())
        .state.map((s) => s.value)
        .sort(),
    ).toEqual(["KAZ", "KGZ"]);
  });

  it("evidence is public only when marked; a public story names no staff", () => {
    const w = world();
    const hidden = createEvidence(env.db, who.editor, { kind: "incident", title: "Witness statement naming a victim" });
    const shown = createEvidence(env.db, who.editor, { kind: "court_decision", title: "Court ruling", public: true });
    expect(hidden.public).toBe(false);
    attachEvidence(env.db, who.editor, w.rec1.id, { evidenceId: hidden.id });
    attachEvidence(env.db, who.editor, w.rec1.id, { evidenceId: shown.id });
    const titles = (o: { publishedOnly?: boolean }) =>
      getRecommendationStory(env.db, w.rec1.id, o)!.evidence.map((e) => e.title);
    expect(titles({})).toEqual(expect.arrayContaining(["Witness statement naming a victim", "Court ruling"]));
    expect(titles({ publishedOnly: true })).toEqual(["Court ruling"]);
  });
});

describe("share links", () => {
  it("a frozen link keeps its figures, a live one follows the data; revoking ends it; all audited", () => {
    const w = world();
    const frozen = createShareLink(env.db, who.viewer, { view: "dashboard", filters: { state: "KGZ" }, frozen: true });
    const live = createShareLink(env.db, who.viewer, { view: "dashboard", filters: { state: "KGZ" }, frozen: false });
    expect(frozen.token).toMatch(/^[\w-]{43}$/);
    const total = (token: string) => {
      const o = openShareLink(env.db, token);
      if (o.status !== "ok" || o.data.view === "recommendation") throw new Error("not a dashboard");
      return o.data.figures.summary.total;
    };
    expect(total(frozen.token)).toBe(1);
    const cycle = createCycle(env.db, who.editor, {
      stateId: w.kgz.id,
      bodyId: w.ccpr.id,
      ordinal: 2,
      adoptionDate: "2020",
    });
    createRecommendation(env.db, who.editor, { cycleId: cycle.id, text: "A new one." });
    expect(total(frozen.token)).toBe(1);
    expect(total(live.token)).toBe(2);

    expect(() => revokeShareLink(env.db, who.editor, frozen.link.id)).toThrow(ForbiddenError);
    revokeShareLink(env.db, who.viewer, frozen.link.id);
    expect(openShareLink(env.db, frozen.token)).toEqual({ status: "gone", reason: "revoked" });
    expect(openShareLink(env.db, "not-a-token")).toEqual({ status: "missing" });
    expect(listShareLinks(env.db, who.viewer).map((l) => [l.id, l.revoked, l.opens])).toEqual([
      [live.link.id, false, 1],
      [frozen.link.id, true, 2],
    ]);
    expect(listShareLinks(env.db, who.editor, { all: true })).toEqual([]);
    expect(listShareLinks(env.db, who.admin, { all: true })).toHaveLength(2);
    const actions = env.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entity, "share_link"))
      .orderBy(auditLog.id)
      .all()
      .map((a) => a.action);
    expect(actions).toEqual(["create", "create", "open", "open", "open", "revoke"]);
  });

  it("refuses a link with nothing to show, a past expiry, and answers an expired one as gone", () => {
    const w = world();
    expect(() => createShareLink(env.db, who.viewer, { view: "recommendation" })).toThrow(ValidationError);
    expect(() =>
      createShareLink(env.db, who.viewer, { view: "state-report", filters: { state: ["KAZ", "KGZ"] } }),
    ).toThrow(ValidationError);
    expect(() =>
      createShareLink(env.db, who.viewer, { view: "dashboard", expiresAt: "2020-01-01" }, new Date("2026-12-01")),
    ).toThrow(ValidationError);
    const link = createShareLink(
      env.db,
      who.viewer,
      { view: "recommendation", recommendationId: w.planted.id, expiresAt: "2026-12-31" },
      new Date("2026-12-01"),
    );
    expect(openShareLink(env.db, link.token, new Date("2026-12-31")).status).toBe("ok");
    expect(openShareLink(env.db, link.token, new Date("2027-01-01"))).toEqual({ status: "gone", reason: "expired" });
  });
});

describe("PUBLIC_PORTAL", () => {
  it("is on unless set to 0, and names itself when it is not a flag", async () => {
    const { readConfig } = await import("@/lib/config");
    expect(readConfig({}).publicPortal).toBe(true);
    expect(readConfig({ PUBLIC_PORTAL: "0" }).publicPortal).toBe(false);
    expect(() => readConfig({ PUBLIC_PORTAL: "maybe" })).toThrow(/PUBLIC_PORTAL must be 1 or 0/);
  });
});
