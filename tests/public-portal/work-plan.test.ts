/**
 * Actions and their responsible institutions are the organisation's work plan: the public
 * scope (publishedOnly, lib/search/filters.ts publicFilters) neither shows an institution nor
 * lets `?institution=` narrow a list, its facet counts or its export.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAction } from "@/lib/data/actions";
import { getByInstitution } from "@/lib/data/dashboard";
import { exportRows } from "@/lib/data/export";
import { createInstitution } from "@/lib/data/institutions";
import { facetCounts, searchRecommendations } from "@/lib/data/search";
import { updateState } from "@/lib/data/states";
import { parseFilters, publicFilters } from "@/lib/search/filters";
import { freshDb } from "../support/db";
import { actors, foundingCase } from "../data/fixtures";

let env: ReturnType<typeof freshDb>;
let ministry: number;
beforeEach(() => {
  env = freshDb();
  const who = actors(env.db);
  const f = foundingCase(env.db, who.editor);
  updateState(env.db, who.admin, f.kaz.id, { published: true, version: f.kaz.version });
  ministry = createInstitution(env.db, who.editor, {
    stateId: f.kaz.id,
    name: "Ministry of Defence",
    kind: "ministry",
  }).id;
  // One of the founding case's two recommendations has an action naming the ministry.
  createAction(env.db, who.editor, f.rec2.id, {
    title: "Draft a law on alternative civilian service",
    institutionIds: [ministry],
    status: "planned",
  });
});
afterEach(() => env.close());

const query = () => new URLSearchParams({ institution: String(ministry) });

describe("the public scope and responsible institutions", () => {
  it("drops ?institution= from the public filters", () => {
    expect(parseFilters(query()).institution).toEqual([ministry]);
    const f = publicFilters(query());
    expect(f).toMatchObject({ institution: [], publishedOnly: true, archived: false });
  });

  it("is not narrowed by an institution, even when one reaches the data layer", () => {
    // The workspace narrows: one recommendation has the ministry's action.
    expect(searchRecommendations(env.db, parseFilters(query())).total).toBe(1);
    expect(searchRecommendations(env.db, publicFilters(query())).total).toBe(2);
    expect(searchRecommendations(env.db, { ...parseFilters(query()), publishedOnly: true }).total).toBe(2);
  });

  it("counts no institution facet and names no chosen institution", () => {
    expect(facetCounts(env.db, parseFilters(query())).institution.map((v) => v.label)).toEqual(["Ministry of Defence"]);
    for (const f of [publicFilters(query()), { ...parseFilters(query()), publishedOnly: true }]) {
      const counts = facetCounts(env.db, f);
      expect(counts.institution).toEqual([]);
      expect(counts.state.find((s) => s.value === "KAZ")?.count).toBe(2);
    }
  });

  it("gives the dashboard no chart by institution", () => {
    const scope = { state: ["KAZ"], body: [], theme: [] };
    expect(getByInstitution(env.db, scope).map((r) => r.name)).toEqual(["Ministry of Defence"]);
    expect(getByInstitution(env.db, { ...scope, publishedOnly: true })).toEqual([]);
  });

  it("exports every public row, without the work plan, whatever ?institution= says", () => {
    const rows = [...exportRows(env.db, publicFilters(query()), { publicScope: true })];
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain("Ministry of Defence");
  });
});
