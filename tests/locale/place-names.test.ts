import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getRecommendationStory } from "@/lib/data/recommendation-story";
import { facetCounts, searchRecommendations } from "@/lib/data/search";
import { listStatesWithCounts } from "@/lib/data/state-pages";
import { bodyName, stateName } from "@/lib/i18n/place-names";
import { runWithLocale } from "@/lib/request-locale";
import { parseFilters } from "@/lib/search/filters";
import { freshDb } from "../support/db";
import { actors, foundingCase } from "../data/fixtures";

describe("names of states and bodies", () => {
  it("are as recorded in English, ISO 3166 or the UN's own in Russian, as recorded when unknown", () => {
    expect(stateName("KAZ", "Kazakhstan", "en")).toBe("Kazakhstan");
    expect(stateName("KAZ", "Kazakhstan", "ru")).toBe("Казахстан");
    expect(stateName("XXA", "Stateless", "ru")).toBe("Stateless");
    expect(bodyName("CCPR", "Human Rights Committee", "ru")).toBe("Комитет по правам человека");
    expect(bodyName("ZZZ", "A body of our own", "ru")).toBe("A body of our own");
  });

  describe("in what the pages read", () => {
    let env: ReturnType<typeof freshDb>;
    let f: ReturnType<typeof foundingCase>;
    beforeEach(() => {
      env = freshDb();
      f = foundingCase(env.db, actors(env.db).editor);
    });
    afterEach(() => env.close());

    it("follow the reader's language, while one cached count serves both languages", () => {
      const all = parseFilters({});
      const read = () => ({
        states: listStatesWithCounts(env.db).map((s) => s.name),
        facet: facetCounts(env.db, all).state.map((v) => v.label),
        row: searchRecommendations(env.db, all).rows[0].stateName,
        story: getRecommendationStory(env.db, f.rec1.id),
      });
      const english = read();
      const russian = runWithLocale("ru", read);
      expect(english).toMatchObject({ states: ["Kazakhstan"], facet: ["Kazakhstan"], row: "Kazakhstan" });
      expect(russian).toMatchObject({ states: ["Казахстан"], facet: ["Казахстан"], row: "Казахстан" });
      expect(russian.story?.state.name).toBe("Казахстан");
      expect(russian.story?.body.name).toBe("Комитет по правам человека");
      expect(read().facet).toEqual(["Kazakhstan"]);
    });
  });
});
