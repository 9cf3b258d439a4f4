/**
 * The filters a file or a report cover lists name states and bodies in the reader's language
 * (lib/data/export-labels.ts), not as the database records them. Real SQLite, real migrations.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeFilters } from "@/lib/data/export-labels";
import { parseFilters } from "@/lib/search/filters";
import { actors, foundingCase } from "../data/fixtures";
import { freshDb } from "../support/db";

let env: ReturnType<typeof freshDb>;
beforeEach(() => {
  env = freshDb();
  foundingCase(env.db, actors(env.db).editor);
});
afterEach(() => env.close());

const filters = parseFilters(new URLSearchParams("state=KAZ&body=CCPR"));

describe("the filters of a file, in words", () => {
  it("in English: the names as recorded", () => {
    expect(describeFilters(env.db, filters, { locale: "en-GB" })).toEqual([
      { label: "State", value: "Kazakhstan" },
      { label: "Body", value: "Human Rights Committee (CCPR)" },
    ]);
  });

  it("in Russian: the state's and the body's Russian names", () => {
    expect(describeFilters(env.db, filters, { locale: "ru-RU" })).toEqual([
      { label: "Государство", value: "Казахстан" },
      { label: "Орган", value: "Комитет по правам человека (CCPR)" },
    ]);
  });
});
